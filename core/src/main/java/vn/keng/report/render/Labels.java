package vn.keng.report.render;

import java.util.Map;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Templates;
import vn.keng.registry.Language;

/** The report's words in one language, from the {@code report.*} templates. */
public final class Labels {

    private final Templates templates;
    private final Language language;

    public Labels(Templates templates, Language language) {
        this.templates = templates;
        this.language = language == null ? Language.VI : language;
    }

    /** A label {@code report.label.<key>}. */
    public String label(String key) {
        return text("report.label." + key, Map.of());
    }

    public String label(String key, Map<String, ?> params) {
        return text("report.label." + key, params);
    }

    /** Any report template, with diacritics (not for SMS). */
    public String text(String key, Map<String, ?> params) {
        return templates.render(key, language, ChannelType.TELEGRAM, params, true);
    }

    public Language language() {
        return language;
    }

    public Templates templates() {
        return templates;
    }
}
