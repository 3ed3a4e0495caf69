package vn.keng.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Telegram channel settings ({@code keng.telegram.*}, environment {@code KENG_TELEGRAM_*}).
 *
 * @param mode {@code off} (default), {@code polling} or {@code webhook}
 * @param token the bot token from BotFather; required unless off
 * @param webhookSecret the {@code X-Telegram-Bot-Api-Secret-Token} value; required in webhook mode
 * @param publicUrl this service's public base URL; in webhook mode the webhook is registered at
 *        {@code publicUrl + /webhooks/telegram} on startup when set
 * @param apiUrl the Bot API server: the public one, a local Bot API server, a proxy or a fake
 * @param connectTimeout the client's connect time-out
 * @param readTimeout the client's read time-out for ordinary calls (long polling adds its own wait)
 * @param pollTimeout how long one getUpdates call waits for updates in polling mode
 */
@ConfigurationProperties("keng.telegram")
record TelegramSettings(@DefaultValue("off") Mode mode, String token, String webhookSecret, String publicUrl,
        @DefaultValue("https://api.telegram.org") URI apiUrl, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout, @DefaultValue("50s") Duration pollTimeout) {

    TelegramSettings {
        if (mode != Mode.OFF) {
            if (token == null || token.isBlank()) {
                throw new IllegalStateException("keng.telegram.token (KENG_TELEGRAM_TOKEN) is required when "
                        + "keng.telegram.mode=" + mode.name().toLowerCase(Locale.ROOT) + "; set it or set keng.telegram.mode=off");
            }
            if (mode == Mode.WEBHOOK && (webhookSecret == null || !webhookSecret.matches("[A-Za-z0-9_-]{1,256}"))) {
                throw new IllegalStateException("keng.telegram.webhook-secret (KENG_TELEGRAM_WEBHOOK_SECRET) is required "
                        + "in webhook mode: 1-256 characters of A-Z a-z 0-9 _ -");
            }
            String path = apiUrl.getPath();
            if (apiUrl.getScheme() == null || apiUrl.getHost() == null || (path != null && !path.isEmpty() && !path.equals("/"))) {
                throw new IllegalStateException("keng.telegram.api-url must be a scheme, host and optional port "
                        + "without a path (e.g. http://127.0.0.1:8081), was " + apiUrl);
            }
        }
    }

    /** The Bot API server as the client library wants it: {@code <schema>://<host>:<port>/bot<token>/<method>}. */
    TelegramUrl telegramUrl() {
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : ("http".equalsIgnoreCase(apiUrl.getScheme()) ? 80 : 443);
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramSettings[mode=" + mode + ", token=" + mask(token) + ", webhookSecret=" + mask(webhookSecret)
                + ", publicUrl=" + publicUrl + ", apiUrl=" + apiUrl + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", pollTimeout=" + pollTimeout + "]";
    }

    private static String mask(String secret) {
        return secret == null || secret.isBlank() ? "<unset>" : "***";
    }

    /** How updates reach the service. */
    enum Mode { OFF, POLLING, WEBHOOK }
}
