package vn.keng.duty;

import java.text.Normalizer;
import java.util.Locale;

/** Folds what people type for matching: no diacritics, no case, no spaces or punctuation. */
final class Texts {

    private Texts() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
