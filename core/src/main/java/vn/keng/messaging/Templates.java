package vn.keng.messaging;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.keng.registry.Language;

/**
 * Every user-facing text, from the bundles {@code messages/*_vi.properties} and
 * {@code messages/*_en.properties} on the classpath (UTF-8; one pair per module). A key may have
 * an SMS variant with the suffix {@code .sms}, shorter, used on SMS, and a variant for any other
 * channel under its lower-case name ({@code .zalo}: what a chat app's user is told differently, kept in
 * that adapter's bundle). Placeholders are
 * {@code {name}}. A missing English text falls back to Vietnamese; a missing key renders as the
 * key itself and is reported by the template test.
 */
@Component
public class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_]+)}");

    private final Map<Language, Map<String, String>> bundles = new HashMap<>();

    public Templates() {
        for (Language language : Language.values()) {
            bundles.put(language, load("classpath*:messages/*_" + language.code() + ".properties"));
        }
    }

    private static Map<String, String> load(String pattern) {
        Map<String, String> texts = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> texts.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message bundles " + pattern, e);
        }
        return texts;
    }

    /** Whether the key exists in the language's bundle (or the Vietnamese one). */
    public boolean has(String key) {
        return bundles.get(Language.VI).containsKey(key);
    }

    /** All keys of the Vietnamese bundle, for checks. */
    public java.util.Set<String> keys() {
        return java.util.Set.copyOf(bundles.get(Language.VI).keySet());
    }

    /** The raw text of a key, with the SMS variant when asked and present. */
    public String raw(String key, Language language, boolean sms) {
        return raw(key, language, sms ? "sms" : null);
    }

    private String raw(String key, Language language, String variant) {
        Map<String, String> bundle = bundles.get(language);
        Map<String, String> fallback = bundles.get(Language.VI);
        if (variant != null) {
            String text = bundle.getOrDefault(key + "." + variant, fallback.get(key + "." + variant));
            if (text != null) {
                return text;
            }
        }
        return bundle.getOrDefault(key, fallback.getOrDefault(key, key));
    }

    /**
     * Renders a template for a channel: placeholders filled; on SMS the SMS variant is used and,
     * unless {@code unicodeSms}, the result is reduced to GSM-7.
     */
    public String render(String key, Language language, ChannelType channel, Map<String, ?> params, boolean unicodeSms) {
        boolean sms = channel == ChannelType.SMS;
        String text = fill(raw(key, language, channel.name().toLowerCase(java.util.Locale.ROOT)), params);
        return sms && !unicodeSms ? TextForms.toGsm7(text) : text;
    }

    public static String fill(String template, Map<String, ?> params) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
