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
 * evaluation year ({@code phong trao 2026}, {@code movement-2026}: 15/11/2025 to 14/11/2026), a half
 * year ({@code H1-2026}: 1/1 to 30/6; {@code H2-2026}; "6 tháng đầu năm 2026") or a half of the movement
 * year ({@code PT-H1-2026}: 15/11/2025 to 14/5/2026; {@code PT-H2-2026}: 15/5 to 14/11/2026, the mid-year
 * and year-end reviews), or nothing for this year so far. Dates are the commune's calendar days; {@code to} is exclusive.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    /** The movement's evaluation year starts on 15/11 of the year before. */
    public static final MonthDay MOVEMENT_START = MonthDay.of(11, 15);

    private static final Pattern YEAR = Pattern.compile("(?:nam |year )?(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?:thang |month )?(\\d{1,2})[/. -](\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?:q|quy|quarter) ?(\\d{1,2})[ /-]?(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(?:(pt|phong ?trao|movement) ?)?h ?([1-9])[ /-]?(\\d{4})");
    private static final Pattern FIND_HALF = Pattern.compile(
            " (?:(pt|phong ?trao|movement) )?h ?([1-9])(?: (?:nam )?(\\d{4}))? | 6 thang (dau|cuoi) nam(?: (\\d{4}))? ");
    private static final Pattern MOVEMENT = Pattern.compile("(?:phong ?trao|movement|pt) ?(\\d{4})");
    private static final Pattern FIND_MOVEMENT = Pattern.compile(" (?:phong ?trao|movement) (\\d{4}) ");
    private static final Pattern FIND_QUARTER = Pattern.compile(" (?:quy|quarter|q) ?(\\d)(?: (?:nam )?(\\d{4}))? ");
    private static final Pattern FIND_MONTH = Pattern.compile(
            " (?:thang|month) (\\d{1,2})(?:[ /](?:nam )?(\\d{4}))? | (\\d{1,2})/(\\d{4}) ");
    private static final Pattern FIND_YEAR = Pattern.compile(" (?:nam |year )?(\\d{4}) ");

    public enum Kind { YEAR, YEAR_TO_DATE, QUARTER, MONTH, MOVEMENT_YEAR, HALF_YEAR, MOVEMENT_HALF }

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
        Matcher m = HALF.matcher(folded);
        if (m.matches()) {
            return half(m.group(1) != null, m.group(2), year(m.group(3), text), text);
        }
        m = MOVEMENT.matcher(folded);
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
            Matcher m = FIND_HALF.matcher(folded);
            if (m.find()) {
                if (m.group(4) != null) {
                    int year = m.group(5) == null ? today.getYear() : year(m.group(5), text);
                    return java.util.Optional.of(half(false, "dau".equals(m.group(4)) ? "1" : "2", year, text));
                }
                int year = m.group(3) == null ? today.getYear() : year(m.group(3), text);
                return java.util.Optional.of(half(m.group(1) != null, m.group(2), year, text));
            }
            m = FIND_MOVEMENT.matcher(folded);
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

    /**
     * A half year: H1 (1/1-30/6) or H2 (1/7-31/12) of the year; of the movement year ending 14/11 of
     * the year: H1 15/11 of the year before to 14/5, H2 15/5 to 14/11.
     */
    public static Period half(boolean movement, int half, int year) {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("a half year is 1 or 2");
        }
        LocalDate from = movement ? MOVEMENT_START.atYear(year - 1).plusMonths(6L * (half - 1))
                : LocalDate.of(year, 1, 1).plusMonths(6L * (half - 1));
        return new Period(movement ? Kind.MOVEMENT_HALF : Kind.HALF_YEAR, from, from.plusMonths(6));
    }

    private static Period half(boolean movement, String digit, int year, String text) {
        int half = Integer.parseInt(digit);
        if (half != 1 && half != 2) {
            throw new InvalidPeriodException(text, "a half year is H1 or H2");
        }
        return half(movement, half, year);
    }

    /** Which half of its year a half-year period is: 1 or 2. */
    private int halfNumber() {
        return kind == Kind.MOVEMENT_HALF ? (from.getMonthValue() == 11 ? 1 : 2) : (from.getMonthValue() <= 6 ? 1 : 2);
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
        if (kind == Kind.HALF_YEAR || kind == Kind.MOVEMENT_HALF) {
            return new Period(kind, from.minusMonths(6), from);
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

    /** A short label, the same in both languages: "2026", "11/2026", "Q3/2026", "PT2026", "H1-2026", "PT-H2-2026", "2026*". */
    public String code() {
        switch (kind) {
            case MONTH:
                return String.format("%02d/%d", from.getMonthValue(), from.getYear());
            case QUARTER:
                return "Q" + ((from.getMonthValue() + 2) / 3) + "/" + from.getYear();
            case MOVEMENT_YEAR:
                return "PT" + to.getYear();
            case HALF_YEAR:
                return "H" + halfNumber() + "-" + from.getYear();
            case MOVEMENT_HALF:
                return "PT-H" + halfNumber() + "-" + last().getYear();
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
            case HALF_YEAR:
                return from.getYear() + "-H" + halfNumber();
            case MOVEMENT_HALF:
                return "movement-" + last().getYear() + "-H" + halfNumber();
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
                .replaceAll("^(pt|phong ?trao|movement)[ .:-]+h", "$1 h")
                .replaceAll("^(q|quy|quarter|phong ?trao|movement|pt)[ .:-]+", "$1 ")
                .replaceAll("^(q|quy|quarter|phong ?trao|movement|pt) (\\d+)[ .:/-]+(\\d{4})$", "$1 $2 $3")
                .replace("phong-trao", "phong trao");
    }
}
