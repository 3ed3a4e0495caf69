package vn.keng.conversation;

import vn.keng.messaging.TextForms;

/** Where a command ends in the text as it was typed. */
final class DialogText {

    private DialogText() {
    }

    /** The typed text after the command, found by counting folded letters (folding keeps one character per letter). */
    static String restAfter(String text, int foldedEnd) {
        String folded = TextMatcher.fold(text);
        int letters = folded.substring(0, Math.min(foldedEnd, folded.length())).replace(" ", "").length();
        String plain = TextForms.withoutDiacritics(text);
        int seen = 0;
        int i = 0;
        while (i < plain.length() && seen < letters) {
            if (Character.isLetterOrDigit(plain.charAt(i)) || plain.charAt(i) == '/') {
                seen++;
            }
            i++;
        }
        int offset = Math.min(i, text.length());
        return text.length() == plain.length() ? text.substring(offset).strip() : plain.substring(offset).strip();
    }
}
