package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.TextForms;

/** The calendar's texts: both languages, "anh/chị" never "bạn", one GSM-7 segment with long realistic values. */
class CalendarTemplatesTest {

    private static final Map<String, String> VALUES = Map.of("village", "Thôn Minh Thành Thượng Đông", "year", "2026",
            "deadline", "20/11", "confirmed", "12", "villages", "14", "typed", "202620262026");

    @Test
    void bothLanguagesHaveTheSameKeysAndEverySmsFitsOneSegment() throws IOException {
        assertThat(load("vi").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
        for (String language : new String[] {"vi", "en"}) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String sms = plain(render(texts.getProperty(key)));
                assertThat(sms.length()).as("%s (%s): %s", key, language, sms).isLessThanOrEqualTo(160);
                assertThat(TextForms.isGsm7(sms)).as("%s is GSM-7: %s", key, sms).isTrue();
                if ("vi".equals(language)) {
                    assertThat(texts.getProperty(key).toLowerCase()).as(key).doesNotContain("bạn");
                }
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

    private static String plain(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(CalendarTemplatesTest.class.getResourceAsStream(
                "/messages/calendar_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
