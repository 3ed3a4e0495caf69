package vn.keng.telegram;

import java.util.Map;
import java.util.ResourceBundle;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import vn.keng.registry.Language;

/**
 * The texts the adapter sends itself (onboarding, link confirmations, menus), from
 * {@code messages/telegram_vi.properties} and {@code messages/telegram_en.properties}.
 */
@Component
@Conditional(TelegramEnabled.class)
class TelegramTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    String get(Language language, String key) {
        return get(language, key, Map.of());
    }

    String get(Language language, String key, Map<String, ?> params) {
        String text = ResourceBundle.getBundle("messages/telegram", language.locale(), NO_FALLBACK).getString(key);
        for (Map.Entry<String, ?> param : params.entrySet()) {
            text = text.replace("{" + param.getKey() + "}", String.valueOf(param.getValue()));
        }
        return text;
    }

    /** A Telegram user's language: English when their app is set to English, else Vietnamese. */
    static Language languageOf(String telegramLanguageCode) {
        return telegramLanguageCode != null && telegramLanguageCode.toLowerCase(java.util.Locale.ROOT).startsWith("en")
                ? Language.EN : Language.VI;
    }
}
