package vn.keng.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.keng.messaging.TextForms;

/**
 * Splits typed text into lower-case words, each kept as typed (diacritics included) and folded
 * (diacritics removed): emoji, punctuation and zero-width characters separate words.
 */
record Words(List<String> typed, List<String> folded) {

    static Words of(String text) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> typed = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean part = i < normalized.length() && isWordChar(normalized.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String word = normalized.substring(start, i);
                typed.add(word);
                folded.add(TextForms.withoutDiacritics(word));
                start = -1;
            }
        }
        return new Words(List.copyOf(typed), List.copyOf(folded));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    int size() {
        return typed.size();
    }

    boolean isEmpty() {
        return typed.isEmpty();
    }

    /** Whether the word at {@code i} was typed without any diacritic (so it may stand for several words). */
    boolean plain(int i) {
        return typed.get(i).equals(folded.get(i));
    }

    /** Whether any word was typed with diacritics. */
    boolean marked() {
        for (int i = 0; i < typed.size(); i++) {
            if (!plain(i)) {
                return true;
            }
        }
        return false;
    }

    String foldedText() {
        return String.join(" ", folded);
    }
}
