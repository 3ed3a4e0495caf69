package vn.keng.report.render;

import java.time.Duration;
import java.util.Locale;

/** How figures are written: shares as whole percents, durations as h:mm, "-" for nothing. */
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

    public static String hoursMinutes(Duration d) {
        if (d == null) {
            return NONE;
        }
        long minutes = Math.max(0, d.toMinutes());
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
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
}
