package vn.keng.platform;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one diacritic-folding function of the code base: Vietnamese (and other Latin) text without
 * its marks, {@code Đ}→{@code D}, {@code đ}→{@code d}. Every module that compares, matches or names
 * things without diacritics uses it (messaging's {@code TextForms}, duty's texts, report file names,
 * place names). GSM-7 conversion for SMS ({@code SmsText}) is another thing: it also maps
 * punctuation and drops emoji.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** "Đánh kẻng" → "Danh keng"; null → "". */
    public static String withoutDiacritics(String text) {
        if (text == null) {
            return "";
        }
        String replaced = text.replace('Đ', 'D').replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
    }
}
