package vn.keng.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.keng.messaging.TextForms;

/**
 * The stretch of time a report covers, as officials type it: a year ({@code 2026}), a month
 * ({@code 11/2026}), a quarter ({@code Q3 2026}, {@code quy 3 2026}), the security movement's
 * evaluation year ({@code phong trao 2026}, {@code movement-2026}: 15/11/2025 to 14/11/2026), or
 * nothing for this year so far. Dates are the commune's calendar days; {@code to} is exclusive.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    /** The movement's evaluation year starts on 15/11 of the year before. */
    public static final MonthDay MOVEMENT_START = MonthDay.of(11, 15);

    private static final Pattern YEAR = Pattern.compile("(?:nam |year )?(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?:thang |month )?(\\d{1,2})[/. -](\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?:q|quy|quarter) ?(\\d{1,2})[ /-]?(\\d{4})");
    private static final Pattern MOVEMENT = Pattern.compile("(?:phong ?trao|movement|pt) ?(\\d{4})");
    private static final Pattern FIND_MOVEMENT = Pattern.compile(" (?:phong ?trao|movement) (\\d{4}) ");
    private static final Pattern FIND_QUARTER = Pattern.compile(" (?:quy|quarter|q) ?(\\d)(?: (?:nam )?(\\d{4}))? ");
    private static final Pattern FIND_MONTH = Pattern.compile(
            " (?:thang|month) (\\d{1,2})(?:[ /](?:nam )?(\\d{4}))? | (\\d{1,2})/(\\d{4}) ");
    private static final Pattern FIND_YEAR = Pattern.compile(" (?:nam |year )?(\\d{4}) ");

    public enum Kind { YEAR, YEAR_TO_DATE, QUARTER, MONTH, MOVEMENT_YEAR }

    public Period {
        if (kind == null || from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("a period needs a kind and from < to");
        }
    }

    /**
     * Parses what an official typed; empty text is this year so far (up to and including today in
     * the commune's time zone).
     *
     * @throws InvalidPeriodException with a message saying what is accepted
     */
    public static Period parse(String text, Clock clock, ZoneId zone) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return new Period(Kind.YEAR_TO_DATE, today.withDayOfYear(1), today.plusDays(1));
        }
        Matcher m = MOVEMENT.matcher(folded);
        if (m.matches()) {
            return movementYear(year(m.group(1), text));
        }
        m = QUARTER.matcher(folded);
        if (m.matches()) {
            int quarter = Integer.parseInt(m.group(1));
            if (quarter < 1 || quarter > 4) {
                throw new InvalidPeriodException(text, "a quarter is 1 to 4");
            }
            LocalDate from = LocalDate.of(year(m.group(2), text), 3 * quarter - 2, 1);
            return new Period(Kind.QUARTER, from, from.plusMonths(3));
        }
        m = MONTH.matcher(folded);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                throw new InvalidPeriodException(text, "a month is 1 to 12");
            }
            LocalDate from = LocalDate.of(year(m.group(2), text), month, 1);
            return new Period(Kind.MONTH, from, from.plusMonths(1));
        }
        m = YEAR.matcher(folded);
        if (m.matches()) {
            LocalDate from = LocalDate.of(year(m.group(1), text), 1, 1);
            return new Period(Kind.YEAR, from, from.plusYears(1));
        }
        throw new InvalidPeriodException(text, null);
    }

    /**
     * Finds a period in a sentence ("cho xin báo cáo tháng này", "bc thang 11", "thống kê quý 3",
     * "báo cáo năm nay"): the first of a movement year, a quarter, a month, a relative year or month,
     * or a year; a month or quarter without its year is in the current year.
     *
     * @return empty when the sentence names no period, or names an impossible one
     */
    public static java.util.Optional<Period> find(String text, Clock clock, ZoneId zone) {
        String folded = " " + fold(text).replaceAll("[^a-z0-9/]+", " ") + " ";
        LocalDate today = LocalDate.now(clock.withZone(zone));
        try {
            Matcher m = FIND_MOVEMENT.matcher(folded);
            if (m.find()) {
                return java.util.Optional.of(movementYear(year(m.group(1), text)));
            }
            m = FIND_QUARTER.matcher(folded);
            if (m.find()) {
                int quarter = Integer.parseInt(m.group(1));
                int year = m.group(2) == null ? today.getYear() : year(m.group(2), text);
                return quarter < 1 || quarter > 4 ? java.util.Optional.empty()
                        : java.util.Optional.of(new Period(Kind.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1),
                                LocalDate.of(year, 3 * quarter - 2, 1).plusMonths(3)));
            }
            m = FIND_MONTH.matcher(folded);
            if (m.find()) {
                int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
                String digits = m.group(1) != null ? m.group(2) : m.group(4);
                int year = digits == null ? today.getYear() : year(digits, text);
                return month < 1 || month > 12 ? java.util.Optional.empty() : java.util.Optional.of(month(year, month));
            }
            if (folded.contains(" thang nay ") || folded.contains(" this month ")) {
                return java.util.Optional.of(month(today.getYear(), today.getMonthValue()));
            }
            if (folded.contains(" thang truoc ") || folded.contains(" last month ")) {
                LocalDate last = today.minusMonths(1);
                return java.util.Optional.of(month(last.getYear(), last.getMonthValue()));
            }
            if (folded.contains(" nam ngoai ") || folded.contains(" nam truoc ") || folded.contains(" last year ")) {
                LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
                return java.util.Optional.of(new Period(Kind.YEAR, from, from.plusYears(1)));
            }
            if (folded.contains(" nam nay ") || folded.contains(" this year ")) {
                LocalDate from = LocalDate.of(today.getYear(), 1, 1);
                return java.util.Optional.of(new Period(Kind.YEAR, from, from.plusYears(1)));
            }
            m = FIND_YEAR.matcher(folded);
            if (m.find()) {
                LocalDate from = LocalDate.of(year(m.group(1), text), 1, 1);
                return java.util.Optional.of(new Period(Kind.YEAR, from, from.plusYears(1)));
            }
        } catch (InvalidPeriodException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** The movement year ending on 14/11 of the given year. */
    public static Period movementYear(int year) {
        LocalDate from = MOVEMENT_START.atYear(year - 1);
        return new Period(Kind.MOVEMENT_YEAR, from, from.plusYears(1));
    }

    public static Period month(int year, int month) {
        LocalDate from = LocalDate.of(year, month, 1);
        return new Period(Kind.MONTH, from, from.plusMonths(1));
    }

    /** The comparable period before: the year, quarter, month or movement year before; for a year so far, the same days a year earlier. */
    public Period previous() {
        if (kind == Kind.MONTH) {
            return new Period(kind, from.minusMonths(1), from);
        }
        if (kind == Kind.QUARTER) {
            return new Period(kind, from.minusMonths(3), from);
        }
        return new Period(kind, from.minusYears(1), to.minusYears(1));
    }

    /** Days covered. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The last day covered. */
    public LocalDate last() {
        return to.minusDays(1);
    }

    /** A short label, the same in both languages: "2026", "11/2026", "Q3/2026", "PT 2026", "2026 (01/01-28/11)". */
    public String code() {
        switch (kind) {
            case MONTH:
                return String.format("%02d/%d", from.getMonthValue(), from.getYear());
            case QUARTER:
                return "Q" + ((from.getMonthValue() + 2) / 3) + "/" + from.getYear();
            case MOVEMENT_YEAR:
                return "PT" + to.getYear();
            case YEAR_TO_DATE:
                return from.getYear() + "*";
            default:
                return String.valueOf(from.getYear());
        }
    }

    /** The dates as written in Vietnam: "15/11/2025 - 14/11/2026". */
    public String dates() {
        return String.format("%02d/%02d/%d - %02d/%02d/%d", from.getDayOfMonth(), from.getMonthValue(), from.getYear(),
                last().getDayOfMonth(), last().getMonthValue(), last().getYear());
    }

    /** A name for files: "2026", "2026-11", "2026-Q3", "movement-2026". */
    public String fileCode() {
        switch (kind) {
            case MONTH:
                return String.format("%d-%02d", from.getYear(), from.getMonthValue());
            case QUARTER:
                return from.getYear() + "-Q" + ((from.getMonthValue() + 2) / 3);
            case MOVEMENT_YEAR:
                return "movement-" + to.getYear();
            case YEAR_TO_DATE:
                return from.getYear() + "-to-" + last();
            default:
                return String.valueOf(from.getYear());
        }
    }

    private static int year(String digits, String text) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidPeriodException(text, "the year must be " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return year;
    }

    private static String fold(String text) {
        String plain = TextForms.withoutDiacritics(text == null ? "" : text).toLowerCase(java.util.Locale.ROOT);
        return plain.replace('_', ' ').replaceAll("\\s+", " ").strip()
                .replaceAll("^(q|quy|quarter|phong ?trao|movement|pt)[ .:-]+", "$1 ")
                .replaceAll("^(q|quy|quarter|phong ?trao|movement|pt) (\\d+)[ .:/-]+(\\d{4})$", "$1 $2 $3")
                .replace("phong-trao", "phong trao");
    }
}
