package vn.keng.messaging;

import java.text.Normalizer;

/**
 * The SMS text discipline: GSM-7 or UCS-2, exact segment counts, diacritics stripped to GSM-7, and
 * shortening at a word boundary to fit a number of segments.
 */
public final class SmsText {

    /** The GSM 03.38 default alphabet, one septet each (ESC excluded). */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table: an escape and a septet, two each. */
    private static final String EXTENSION = "^{}\\[~]|€\f";
    private static final String ELLIPSIS = "...";

    private SmsText() {
    }

    /** The two encodings an SMS can travel in. */
    public enum Encoding {
        GSM_7(160, 153), UCS_2(70, 67);

        private final int single;
        private final int multipart;

        Encoding(int single, int multipart) {
            this.single = single;
            this.multipart = multipart;
        }

        /** Units (septets or UTF-16 units) that fit in one message sent alone. */
        public int single() {
            return single;
        }

        /** Units per segment when a message is split (the rest carries the concatenation header). */
        public int multipart() {
            return multipart;
        }
    }

    /** How a text is sent: its encoding, its length in that encoding's units, and the segments it takes. */
    public record Segments(Encoding encoding, int units, int count) {
    }

    /** Whether one character is in the GSM-7 alphabet (basic or extension table). */
    public static boolean isGsm7(char c) {
        return gsmUnits(c) > 0;
    }

    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (gsmUnits(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Counts segments exactly: an escape pair or a surrogate pair is never split across two segments. */
    public static Segments segments(String text) {
        String t = text == null ? "" : text;
        Encoding encoding = isGsm7(t) ? Encoding.GSM_7 : Encoding.UCS_2;
        int units = 0;
        for (int i = 0; i < t.length(); i++) {
            units += unitsAt(t, i, encoding);
        }
        if (units <= encoding.single()) {
            return new Segments(encoding, units, 1);
        }
        int count = 1;
        int fill = 0;
        for (int i = 0; i < t.length(); i++) {
            int u = unitsAt(t, i, encoding);
            if (encoding == Encoding.UCS_2 && Character.isHighSurrogate(t.charAt(i)) && i + 1 < t.length()) {
                u = 2;
                i++;
            }
            if (fill + u > encoding.multipart()) {
                count++;
                fill = 0;
            }
            fill += u;
        }
        return new Segments(encoding, units, count);
    }

    /**
     * Rewrites a text in GSM-7 without diacritics: Vietnamese tone and vowel marks removed, Đ/đ as
     * D/d, typographic quotes and dashes as their plain forms, emoji and pictographs dropped,
     * anything else outside GSM-7 as '?'.
     */
    public static String toGsm7(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            String plain = plain(cp);
            if (plain != null) {
                out.append(plain);
            } else if (Character.isBmpCodePoint(cp) && gsmUnits((char) cp) > 0) {
                out.append((char) cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (!Character.isBmpCodePoint(cp) || Character.getType(cp) == Character.OTHER_SYMBOL
                    || cp == 0xFE0F || cp == 0x200D) {
                return; // emoji, their variation selector and joiner: nothing to say in GSM-7
            } else {
                out.append('?');
            }
        });
        return Normalizer.normalize(out, Normalizer.Form.NFC).replaceAll(" {2,}", " ");
    }

    /**
     * Shortens a text to fit {@code maxSegments}, cutting at the last word boundary that fits and
     * ending with "..."; a text that fits is returned unchanged. Only a single word longer than the
     * whole limit is cut inside the word.
     */
    public static String shorten(String text, int maxSegments) {
        if (maxSegments < 1) {
            throw new IllegalArgumentException("maxSegments must be at least 1");
        }
        if (segments(text).count() <= maxSegments) {
            return text;
        }
        for (int cut = text.length() - 1; cut > 0; cut--) {
            if (Character.isWhitespace(text.charAt(cut)) && fits(text, cut, maxSegments)) {
                return text.substring(0, cut).stripTrailing() + ELLIPSIS;
            }
        }
        for (int cut = text.length() - 1; cut > 0; cut--) {
            if (!Character.isLowSurrogate(text.charAt(cut)) && fits(text, cut, maxSegments)) {
                return text.substring(0, cut) + ELLIPSIS;
            }
        }
        return ELLIPSIS;
    }

    private static boolean fits(String text, int cut, int maxSegments) {
        String head = text.substring(0, cut).stripTrailing();
        return !head.isEmpty() && segments(head + ELLIPSIS).count() <= maxSegments;
    }

    private static int unitsAt(String t, int i, Encoding encoding) {
        return encoding == Encoding.GSM_7 ? gsmUnits(t.charAt(i)) : 1;
    }

    /** 1 for the basic alphabet, 2 for the extension table, 0 outside GSM-7. */
    private static int gsmUnits(char c) {
        if (BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }

    private static String plain(int cp) {
        return switch (cp) {
            case 'Đ' -> "D";
            case 'đ' -> "d";
            case '\u2018', '\u2019', '\u201A', '\u2032', '`', '\u00B4' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> "\"";
            case '\u2013', '\u2014', '\u2212' -> "-";
            case '\u2026' -> "...";
            case '\t' -> " ";
            default -> null;
        };
    }
}
