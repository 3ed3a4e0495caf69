package vn.keng.messaging;

import vn.keng.platform.Folding;

/**
 * Text transformations every channel needs: Vietnamese without diacritics for GSM-7 SMS
 * ({@code Đ}→{@code D}, tone marks removed), and the folded form used to match commands.
 */
public final class TextForms {

    private TextForms() {
    }

    /** Lower case, no diacritics, punctuation as spaces, single spaces: how commands and option words are compared. */
    public static String fold(String text) {
        String plain = withoutDiacritics(text == null ? "" : text).toLowerCase(java.util.Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}/]+", " ").strip();
    }

    /** Removes Vietnamese (and other Latin) diacritics: "Đánh kẻng" → "Danh keng". */
    public static String withoutDiacritics(String text) {
        return Folding.withoutDiacritics(text);
    }

    /**
     * The text as GSM-7 for an SMS: diacritics removed, typographic quotes and dashes made plain,
     * emoji dropped (see {@link SmsText#toGsm7}), surrounding spaces trimmed.
     */
    public static String toGsm7(String text) {
        return SmsText.toGsm7(text).strip();
    }

    /** Whether every character of the text is in the GSM-7 alphabet (basic or extension table). */
    public static boolean isGsm7(String text) {
        return SmsText.isGsm7(text);
    }

    /** GSM-7 length: extension characters count two. */
    public static int gsm7Length(String text) {
        return SmsText.segments(text).units();
    }

    /** SMS segments: GSM-7 160 in one, 153 each when split; UCS-2 70 in one, 67 each when split. */
    public static int smsSegments(String text) {
        return SmsText.segments(text).count();
    }
}
