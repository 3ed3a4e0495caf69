package vn.keng.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.keng.platform.Folding;
import vn.keng.platform.NotFoundException;

/**
 * Place names as people type them: "Thanh Hoa", "thanh hóa" and "Tỉnh Thanh Hóa" all name Thanh
 * Hóa. Candidates are compared ever more loosely, and the first comparison that finds any decides:
 * as typed (any case), without the administrative prefix ("Tỉnh", "Xã", "Thôn"...), then without
 * diacritics, with and without the prefix. One fit is the place; several are a question
 * ({@link AmbiguousNameException}). When nothing fits whole, names starting with the typed words are
 * offered as candidates, never taken; with none of those either, the place is not found.
 */
enum PlaceName {
    PROVINCE("province", List.of("tinh", "thanh pho", "tp")),
    COMMUNE("commune", List.of("xa", "phuong", "thi tran", "tt")),
    VILLAGE("village", List.of("thon", "lang", "ban", "xom", "ap", "buon", "soc", "khoi", "to dan pho", "khu pho",
            "khu dan cu"));

    private final String what;
    private final List<String[]> prefixes;

    PlaceName(String what, List<String> prefixes) {
        this.what = what;
        this.prefixes = prefixes.stream().map(p -> p.split(" ")).toList();
    }

    public <T> T match(String typed, List<T> candidates, Function<T, String> name, Function<T, String> within) {
        return match(typed, candidates, name, within, t -> null);
    }

    /** The one candidate the typed name means; see the class comment for how loosely names are compared. */
    public <T> T match(String typed, List<T> candidates, Function<T, String> name, Function<T, String> within,
            Function<T, Long> id) {
        Form wanted = form(typed);
        if (wanted.words.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " name is required");
        }
        List<Form> forms = candidates.stream().map(c -> form(name.apply(c))).toList();
        List<Predicate<Form>> looser = List.of(
                f -> f.exact().equals(wanted.exact()),
                f -> f.bare().equals(wanted.bare()),
                f -> f.folded().equals(wanted.folded()),
                f -> f.foldedBare().equals(wanted.foldedBare()));
        for (Predicate<Form> fits : looser) {
            List<T> found = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (fits.test(forms.get(i))) {
                    found.add(candidates.get(i));
                }
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw ambiguous(typed, found, name, within, id);
            }
        }
        List<T> partly = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if ((" " + forms.get(i).foldedBare()).contains(" " + wanted.foldedBare())) {
                partly.add(candidates.get(i));
            }
        }
        if (!partly.isEmpty()) {
            throw ambiguous(typed, partly, name, within, id);
        }
        throw new NotFoundException(capitalized(), "'" + typed.strip() + "'");
    }

    private <T> AmbiguousNameException ambiguous(String typed, List<T> found, Function<T, String> name,
            Function<T, String> within, Function<T, Long> id) {
        return new AmbiguousNameException(what, typed.strip(), found.stream()
                .map(c -> new AmbiguousNameException.Candidate(id.apply(c), name.apply(c), within.apply(c))).toList());
    }

    private String capitalized() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    /** A name in the four forms compared: words as typed (lower case) and folded, each with and without the prefix. */
    private record Form(List<String> words, List<String> plain, int prefix) {

        String exact() {
            return String.join(" ", words);
        }

        String bare() {
            return String.join(" ", words.subList(prefix, words.size()));
        }

        String folded() {
            return String.join(" ", plain);
        }

        String foldedBare() {
            return String.join(" ", plain.subList(prefix, plain.size()));
        }
    }

    private Form form(String name) {
        String text = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        List<String> plain = words.stream().map(PlaceName::fold).toList();
        return new Form(words, plain, prefixLength(plain));
    }

    /** Words of the longest administrative prefix, 0 when none or when nothing would be left after it. */
    private int prefixLength(List<String> plain) {
        int longest = 0;
        for (String[] prefix : prefixes) {
            if (prefix.length > longest && prefix.length < plain.size()
                    && plain.subList(0, prefix.length).equals(List.of(prefix))) {
                longest = prefix.length;
            }
        }
        return longest;
    }

    /** Without diacritics: "đồng" → "dong". */
    static String fold(String word) {
        return Folding.withoutDiacritics(word);
    }
}
