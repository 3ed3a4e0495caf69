package vn.keng.registry;

import java.util.Locale;

/** The languages every user-facing text exists in. Vietnamese is the default. */
public enum Language {
    VI("vi"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Language fromCode(String code) {
        if (code == null || code.isBlank()) {
            return VI;
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + code + "' (expected vi or en)");
    }
}
