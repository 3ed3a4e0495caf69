package vn.keng.registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** How the people of a roster (gong strikers, patrol leaders) take turns. */
public enum Rotation {
    /** A different person each night, in roster order. */
    DAILY,
    /** A different person each week (of seven nights from the roster's start date). */
    WEEKLY,
    /** Always the first person of the roster. */
    FIXED;

    /**
     * The person whose turn the night of the given date is, if the roster has anybody. Nights before
     * the start date continue the same turn order backwards, so replacing a roster never leaves a
     * night without anybody.
     */
    public Optional<Long> onDuty(List<Long> inTurn, LocalDate start, LocalDate night) {
        if (inTurn.isEmpty()) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(start, night);
        long turn = switch (this) {
            case DAILY -> days;
            case WEEKLY -> Math.floorDiv(days, 7);
            case FIXED -> 0;
        };
        return Optional.of(inTurn.get((int) Math.floorMod(turn, inTurn.size())));
    }

    /** The people of a roster in turn order, checked: nobody twice ({@code who} names them in the error). */
    public static List<Long> turnOrder(List<Long> ids, String who) {
        List<Long> order = ids == null ? List.of() : List.copyOf(ids);
        if (order.stream().distinct().count() != order.size()) {
            throw new IllegalArgumentException("a " + who + " appears twice in the roster");
        }
        return order;
    }
}
