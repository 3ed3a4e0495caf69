package vn.keng.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.TextForms;

/**
 * Every duty text exists in Vietnamese and English and, rendered for SMS (diacritics stripped, its
 * options written in as "1=... 2=..."), fits one GSM-7 segment with long but realistic values.
 */
class DutyTemplatesTests {

    private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("village", "Thon Dong Lac Thuong"),
            Map.entry("gongPoint", "Nha van hoa thon"), Map.entry("signal", "3 hoi ngan, 1 hoi dai"),
            Map.entry("time", "22:00"), Map.entry("night", "27/11"), Map.entry("striker", "Nguyen Van Ba"),
            Map.entry("backup", "Tran Van Tu"), Map.entry("name", "Le Thi Nam"),
            Map.entry("villages", "Thon Dong Lac, Thon Tay Son"), Map.entry("count", "412"),
            Map.entry("ok", "45"), Map.entry("total", "47"), Map.entry("missed", "Thon Dong Lac +1"),
            Map.entry("late", "Thon Tay Son"), Map.entry("down", "0"));

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("vi").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everySmsTextFitsOneGsm7Segment() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties texts = load(language);
            String options = " 1=" + plain(texts.getProperty("duty.option.done")) + " 2="
                    + plain(texts.getProperty("duty.option.cannot"));
            for (String key : texts.stringPropertyNames()) {
                if (key.startsWith("duty.option.")) {
                    continue;
                }
                String sms = plain(render(texts.getProperty(key))) + options;
                assertThat(TextForms.isGsm7(sms)).as("%s is GSM-7: %s", key, sms).isTrue();
                assertThat(TextForms.smsSegments(sms)).as("%s (%s): %s", key, language, sms).isEqualTo(1);
            }
        }
    }

    private static String render(String template) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            assertThat(VALUES).as("a value for {%s}", m.group(1)).containsKey(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(VALUES.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** The text as the SMS channel sends it (the production conversion, not a copy of it). */
    static String plain(String text) {
        return TextForms.toGsm7(text);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(DutyTemplatesTests.class.getResourceAsStream(
                "/messages/duty_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
