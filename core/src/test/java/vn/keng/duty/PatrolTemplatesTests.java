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

/**
 * Every patrol text exists in Vietnamese and English, says "anh/chị" (never "bạn"), and rendered for
 * SMS with its option line and long realistic values fits one GSM-7 segment.
 */
class PatrolTemplatesTests {

    /** The longest village name of the demo plus a word, a 30-character person name. */
    private static final Map<String, String> VALUES = Map.of("village", "Thôn Minh Thành Thượng Đông",
            "night", "27/11", "due", "00:05", "leader", "Nguyễn Thị Thanh Hương Lan Anh",
            "name", "Nguyễn Thị Thanh Hương Lan Anh");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("vi").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everySmsTextFitsOneGsm7SegmentWithItsOptionLine() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties texts = load(language);
            String options = ("vi".equals(language) ? " Tra loi 1=" : " Reply 1=")
                    + plain(texts.getProperty("patrol.option.done"));
            for (String key : texts.stringPropertyNames()) {
                if (key.startsWith("patrol.option.")) {
                    continue;
                }
                String sms = plain(render(texts.getProperty(key))) + options;
                assertThat(sms.length()).as("%s (%s): %s", key, language, sms).isLessThanOrEqualTo(160);
                assertThat(vn.keng.messaging.TextForms.isGsm7(sms)).as("%s is GSM-7: %s", key, sms).isTrue();
            }
        }
    }

    @Test
    void theVietnameseTextsAddressAdultsAsAnhChi() throws IOException {
        Properties texts = load("vi");
        for (String key : texts.stringPropertyNames()) {
            assertThat(texts.getProperty(key).toLowerCase()).as(key).doesNotContain("bạn");
        }
    }

    private static String plain(String text) {
        return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
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

    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(PatrolTemplatesTests.class.getResourceAsStream(
                "/messages/patrol_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
