package vn.keng.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The figures of one period: a row per village, the commune's row, nights per striker and incidents per month.
 * Registry sections (groups, gong points) describe the registry as it is when the report is made.
 *
 * @param spread the distinct nights and gong points of the whole scope's round records
 */
public record Figures(Period period, List<VillageFigures> villages, VillageFigures total, List<StrikerNights> strikers,
        Map<YearMonth, Integer> incidentsPerMonth, RoundSpread spread) {

    public Figures {
        villages = List.copyOf(villages);
        strikers = List.copyOf(strikers);
        incidentsPerMonth = Map.copyOf(incidentsPerMonth);
        spread = spread == null ? RoundSpread.NONE : spread;
    }

    public boolean empty() {
        return villages.stream().allMatch(VillageFigures::empty) && strikers.isEmpty();
    }
}
