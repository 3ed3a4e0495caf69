package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.keng.registry.Language;

/**
 * Every template exists in both languages. That every SMS text fits one GSM-7 segment is checked over the
 * bundles of every module by {@code SmsTemplatesTest} in the application module.
 */
class TemplatesTest {

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

    private static boolean containsVietnameseLetters(String text) {
        return !TextForms.withoutDiacritics(text).equals(text);
    }
}
