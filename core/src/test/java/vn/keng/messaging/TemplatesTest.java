package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.keng.registry.Language;

/** Every template exists in both languages, and renders for SMS as GSM-7 in one segment with typical values. */
class TemplatesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_]+)}");
    private final Templates templates = new Templates();

    @Test
    void everyTemplateExistsInVietnameseAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (String key : templates.keys()) {
            if (templates.raw(key, Language.EN, false).equals(templates.raw(key, Language.VI, false))
                    && !key.endsWith(".sms") && containsVietnameseLetters(templates.raw(key, Language.VI, false))) {
                missing.add(key);
            }
        }
        assertThat(missing).as("templates without an English text").isEmpty();
        assertThat(templates.keys()).contains("conversation.help", "messaging.options");
    }

    @Test
    void everySmsRenderingIsGsm7AndFitsItsSegments() {
        List<String> tooLong = new ArrayList<>();
        for (String key : templates.keys()) {
            if (key.endsWith(".sms") || key.startsWith("telegram.")) {
                continue; // SMS variants are checked through their key; telegram.* texts never go out by SMS
            }
            for (Language language : Language.values()) {
                String text = templates.render(key, language, ChannelType.SMS, typicalValues(key, language), false);
                int allowed = key.contains(".summary") ? 2 : 1;
                assertThat(TextForms.isGsm7(text)).as(key + " is GSM-7").isTrue();
                if (TextForms.smsSegments(text) > allowed) {
                    tooLong.add(key + " (" + language + ", " + TextForms.gsm7Length(text) + " chars)");
                }
            }
        }
        assertThat(tooLong).as("SMS templates over their segment budget").isEmpty();
    }

    private Map<String, Object> typicalValues(String key, Language language) {
        Map<String, Object> values = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(templates.raw(key, language, true));
        while (m.find()) {
            values.put(m.group(1), typical(m.group(1)));
        }
        return values;
    }

    /** Values of a typical length: a full name, a village name, a time, a small count. */
    private static String typical(String name) {
        String n = name.toLowerCase();
        if (n.contains("name") || n.contains("reporter") || n.contains("striker") || n.contains("person")) {
            return "Nguyễn Văn Hùng";
        }
        if (n.contains("village") || n.contains("commune")) {
            return "Thôn Đồng Tâm";
        }
        if (n.contains("gong") || n.contains("point") || n.contains("place")) {
            return "Nhà văn hóa thôn";
        }
        if (n.contains("time") || n.contains("hour")) {
            return "22:00";
        }
        if (n.contains("date") || n.contains("night")) {
            return "27/11";
        }
        if (n.contains("signal") || n.contains("pattern")) {
            return "3 hồi ngắn";
        }
        if (n.contains("options")) {
            return "1=Đã đánh, 2=Không đánh được";
        }
        return "12";
    }

    private static boolean containsVietnameseLetters(String text) {
        return !TextForms.withoutDiacritics(text).equals(text);
    }
}
