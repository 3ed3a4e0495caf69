package vn.keng.report.render;

import java.time.Duration;
import java.util.Locale;

/** How figures are written: shares as whole percents, durations as whole minutes, "-" for nothing. */
public final class Fmt {

    public static final String NONE = "-";

    private Fmt() {
    }

    public static String percent(Double share) {
        if (share == null || share.isNaN()) {
            return NONE;
        }
        return Math.round(share * 100) + "%";
    }

    /** Whole minutes, "67" for 1 h 7 min; "-" for nothing. */
    public static String minutes(Duration d) {
        return d == null ? NONE : String.valueOf(Math.max(0, d.toMinutes()));
    }

    public static String ratio(Double value) {
        if (value == null) {
            return NONE;
        }
        if (value.isInfinite()) {
            return "∞";
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** At most {@code max} characters, with "…" when cut. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "^(?iu)(xã|phường|thị trấn|tỉnh|thành phố|huyện)\\s+");

    /**
     * The place as an administrative document writes it before the date: the name without its unit
     * ("Xã Đồng Thịnh" → "Đồng Thịnh").
     */
    public static String place(String authority) {
        return authority == null ? "" : UNIT.matcher(authority.strip()).replaceFirst("");
    }
}
