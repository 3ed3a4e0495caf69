package vn.keng.conversation;

import vn.keng.messaging.TextForms;

/**
 * How typed text is compared with keywords: diacritics, case, punctuation and spacing do not
 * matter ("Báo cháy!", "bao chay", "BAOCHAY" are one), and a keyword of five letters or more
 * still matches with one typo (a letter missing, extra, wrong or two swapped).
 */
public final class TextMatcher {

    private TextMatcher() {
    }

    /** Lower case, no diacritics, punctuation as spaces, single spaces. */
    public static String fold(String text) {
        return TextForms.fold(text);
    }

    /** The folded text without spaces. */
    public static String compact(String text) {
        return fold(text).replace(" ", "");
    }

    /**
     * Whether the keyword starts the folded text, and where in the text (spaces included) it ends.
     */
    public static Match match(String foldedText, String keyword) {
        String key = compact(keyword);
        if (key.isEmpty()) {
            return Match.NONE;
        }
        int[] lengths = key.length() >= 5 ? new int[] {key.length(), key.length() - 1, key.length() + 1}
                : new int[] {key.length()};
        for (int letters : lengths) {
            int end = endOfLetters(foldedText, letters);
            if (end < 0 || (end < foldedText.length() && foldedText.charAt(end) != ' ')) {
                continue; // too short, or the keyword would end inside a word
            }
            String head = foldedText.substring(0, end).replace(" ", "");
            if (head.equals(key)) {
                return new Match(end, true);
            }
            if (key.length() >= 5 && withinOneEdit(head, key)) {
                return new Match(end, false);
            }
        }
        return Match.NONE;
    }

    private static int endOfLetters(String text, int letters) {
        if (letters <= 0) {
            return -1;
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                count++;
                if (count == letters) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** Damerau-Levenshtein distance at most one (insertion, deletion, substitution, adjacent swap). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** Where a keyword matched: the end offset in the folded text, and whether it matched exactly. */
    public record Match(int end, boolean exact) {
        static final Match NONE = new Match(-1, false);

        public boolean found() {
            return end >= 0;
        }
    }
}
