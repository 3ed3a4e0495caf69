package vn.keng.messaging;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text transformations every channel needs: Vietnamese without diacritics for GSM-7 SMS
 * ({@code Đ}→{@code D}, tone marks removed), and the folded form used to match commands.
 */
public final class TextForms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";

    private TextForms() {
    }

    /** Removes Vietnamese (and other Latin) diacritics: "Đánh kẻng" → "Danh keng". */
    public static String withoutDiacritics(String text) {
        if (text == null) {
            return "";
        }
        String replaced = text.replace('Đ', 'D').replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The text as GSM-7 characters only: diacritics removed, typographic quotes and dashes made
     * plain, emoji and other characters outside the GSM-7 alphabet dropped.
     */
    public static String toGsm7(String text) {
        String plain = withoutDiacritics(text).replace('“', '"').replace('”', '"').replace('‘', '\'')
                .replace('’', '\'').replace('–', '-').replace('—', '-').replace('…', '.').replace('\t', ' ')
                .replace('\u00A0', ' ');
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(cp -> {
            if (cp < 0x10000 && isGsm7((char) cp)) {
                out.append((char) cp);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    public static boolean isGsm7(char c) {
        return GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0;
    }

    /** Whether every character of the text is in the GSM-7 alphabet (basic or extension table). */
    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isGsm7(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** GSM-7 length: extension characters count two. */
    public static int gsm7Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            length += GSM7_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return length;
    }

    /** SMS segments: GSM-7 160 in one, 153 each when split; UCS-2 70 in one, 67 each when split. */
    public static int smsSegments(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        if (isGsm7(text)) {
            int length = gsm7Length(text);
            return length <= 160 ? 1 : (length + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
