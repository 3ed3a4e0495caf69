package vn.keng.duty;

import java.util.Locale;

import vn.keng.platform.Folding;

/** Folds what people type for matching: no diacritics, no case, no spaces or punctuation. */
final class Texts {

    private Texts() {
    }

    static String fold(String text) {
        return Folding.withoutDiacritics(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
