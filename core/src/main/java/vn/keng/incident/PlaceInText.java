package vn.keng.incident;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.keng.messaging.TextForms;

/**
 * The place of an incident as a reporter wrote it in free text: from the first word that names a
 * place ("nhà ông Ba", "xóm trên", "đồi sau làng", "bãi rác cuối thôn") or after "ở" / "tại", as
 * typed. A word typed with diacritics counts only with the right ones ("cho", give, is not "chợ").
 */
final class PlaceInText {

    /** Place words; after the ones marked "after", the place is what follows them. */
    private static final List<String> WORDS = List.of("nhà", "xóm", "đồi", "gần", "cuối", "đầu", "bãi", "kho", "chợ",
            "hồ", "sông", "suối", "giếng", "đường", "cầu", "rừng", "trường", "thôn", "làng", "bản", "quán", "ngõ",
            "ruộng", "đồng", "nương", "trại", "chuồng", "quốc lộ", "ngã ba", "ngã tư", "đình", "chùa", "nhà văn hóa");
    private static final List<String> AFTER = List.of("ở", "tại");
    /** Words that, typed without diacritics, are too often something else to start a place. */
    private static final List<String> ONLY_WITH_MARKS = List.of("cho", "ho", "dong", "ban", "cau", "dau", "ga");
    private static final Pattern TRAILING = Pattern.compile("[\\s!?.,;:…]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX = 120;

    private PlaceInText() {
    }

    /** The place named in the text, or null. */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String lower = typed.toLowerCase(Locale.ROOT);
        String plain = TextForms.withoutDiacritics(lower);
        if (plain.length() != lower.length()) {
            return null; // letters that do not fold one to one: leave the place to the household
        }
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            String folded = word.group();
            String asTyped = lower.substring(word.start(), word.end());
            boolean plainWord = folded.equals(asTyped);
            if (AFTER.stream().anyMatch(w -> w.equals(asTyped) || plainWord && TextForms.withoutDiacritics(w).equals(folded))
                    && !plain.startsWith("tai nan", word.start())) {
                return clean(typed.substring(word.end()));
            }
            if (plainWord && ONLY_WITH_MARKS.contains(folded)) {
                continue;
            }
            for (String place : WORDS) {
                String head = place.split(" ")[0];
                if ((head.equals(asTyped) || plainWord && TextForms.withoutDiacritics(head).equals(folded))
                        && plain.startsWith(TextForms.withoutDiacritics(place), word.start())) {
                    return clean(typed.substring(word.start()));
                }
            }
        }
        return null;
    }

    /** The place typed after a command ("BAO CHAY ở nhà ông Ba" → "nhà ông Ba"): a leading "ở" / "tại" dropped. */
    static String afterCommand(String rest) {
        if (rest == null || rest.isBlank()) {
            return null;
        }
        String typed = Normalizer.normalize(rest.strip(), Normalizer.Form.NFC);
        Matcher first = Pattern.compile("^(ở|tại|o|tai|O|TAI|Ở|TẠI|Tại)\\s+(.+)$", Pattern.DOTALL).matcher(typed);
        if (first.matches() && !TextForms.withoutDiacritics(first.group(2)).toLowerCase(Locale.ROOT).startsWith("nan")) {
            return clean(first.group(2));
        }
        return clean(typed);
    }

    private static String clean(String place) {
        String cleaned = TRAILING.matcher(place.strip()).replaceAll("");
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() > MAX ? cleaned.substring(0, MAX) : cleaned;
    }
}
