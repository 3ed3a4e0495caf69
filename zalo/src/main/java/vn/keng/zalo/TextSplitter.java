package vn.keng.zalo;

import java.util.ArrayList;
import java.util.List;

/** Splits a text over Zalo's 2,000-character limit at line breaks, else at spaces, else hard. */
final class TextSplitter {

    static final int LIMIT = 2000;

    private TextSplitter() {
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > LIMIT) {
            int cut = rest.lastIndexOf('\n', LIMIT);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', LIMIT);
            }
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
            }
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
