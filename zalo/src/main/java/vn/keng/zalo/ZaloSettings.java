package vn.keng.zalo;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Zalo channel settings ({@code keng.zalo.*}, environment {@code KENG_ZALO_*}).
 *
 * @param mode {@code off} (default), {@code polling} or {@code webhook}
 * @param token the bot token from Zalo Bot Creator ({@code <bot_id>:<secret>}); required unless off
 * @param webhookSecret the {@code X-Bot-Api-Secret-Token} value; required in webhook mode, 8-256 of
 *        {@code A-Z a-z 0-9 _ -}
 * @param publicUrl this service's public base URL: the webhook is registered at
 *        {@code publicUrl + /webhooks/zalo} on startup in webhook mode, and pictures are sent as signed
 *        links under it (without it the chart of a report is not sent on Zalo)
 * @param apiUrl the Bot API base: calls go to {@code <api-url>/bot<token>/<method>} (a proxy or a fake may
 *        add a path)
 * @param connectTimeout the client's connect time-out
 * @param readTimeout the client's read time-out for ordinary calls (long polling adds its own wait)
 * @param pollTimeout how long one getUpdates call waits for an update in polling mode
 * @param ratePerSecond messages per second the bot sends, all instances together
 * @param ratePerChatPerSecond messages per second to one chat
 * @param photoLinkValidity how long the signed link of a picture (a report's chart) is served
 * @param documentLinkValidity how long the signed link of a document (a report's PDF, workbook) is served
 * @param otp the one-time codes that link an account by the registered phone
 */
@ConfigurationProperties("keng.zalo")
record ZaloSettings(@DefaultValue("off") Mode mode, String token, String webhookSecret, String publicUrl,
        @DefaultValue("https://bot-api.zaloplatforms.com") URI apiUrl, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout, @DefaultValue("30s") Duration pollTimeout,
        @DefaultValue("20") double ratePerSecond, @DefaultValue("1") double ratePerChatPerSecond,
        @DefaultValue("15m") Duration photoLinkValidity, @DefaultValue("24h") Duration documentLinkValidity,
        @DefaultValue Otp otp) {

    ZaloSettings {
        if (mode != Mode.OFF) {
            if (token == null || !token.matches("[^\\s/?#:]+:[^\\s/?#]+")) {
                throw new IllegalStateException("keng.zalo.token (KENG_ZALO_TOKEN) is required when keng.zalo.mode="
                        + mode.name().toLowerCase(Locale.ROOT) + ": the bot token from Zalo Bot Creator, <bot_id>:<secret>; "
                        + "set it or set keng.zalo.mode=off");
            }
            if (mode == Mode.WEBHOOK && (webhookSecret == null || !webhookSecret.matches("[A-Za-z0-9_-]{8,256}"))) {
                throw new IllegalStateException("keng.zalo.webhook-secret (KENG_ZALO_WEBHOOKSECRET) is required in "
                        + "webhook mode: 8-256 characters of A-Z a-z 0-9 _ -");
            }
            if (apiUrl.getScheme() == null || apiUrl.getHost() == null) {
                throw new IllegalStateException("keng.zalo.api-url must be an absolute URL (e.g. http://127.0.0.1:8081), was "
                        + apiUrl);
            }
            if (publicUrl != null && !publicUrl.isBlank() && !publicUrl.strip().matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new IllegalStateException("keng.zalo.public-url must be this service's base URL, "
                        + "e.g. https://keng.example.vn, was " + publicUrl);
            }
            if (ratePerSecond <= 0 || ratePerChatPerSecond <= 0) {
                throw new IllegalStateException("keng.zalo.rate-per-second and rate-per-chat-per-second must be positive");
            }
        }
    }

    /** The public base URL without a trailing slash, or null when unset. */
    String publicBase() {
        return publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    }

    /** The API base URL without a trailing slash. */
    String apiBase() {
        return apiUrl.toString().replaceAll("/+$", "");
    }

    @Override
    public String toString() {
        return "ZaloSettings[mode=" + mode + ", token=" + mask(token) + ", webhookSecret=" + mask(webhookSecret)
                + ", publicUrl=" + publicUrl + ", apiUrl=" + apiUrl + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", pollTimeout=" + pollTimeout + ", ratePerSecond=" + ratePerSecond
                + ", ratePerChatPerSecond=" + ratePerChatPerSecond + ", otp=" + otp + "]";
    }

    private static String mask(String secret) {
        return secret == null || secret.isBlank() ? "<unset>" : "***";
    }

    /** How updates reach the service. */
    enum Mode { OFF, POLLING, WEBHOOK }

    /**
     * One-time codes sent by SMS to link an account by the registered phone.
     *
     * @param validity how long a code can be typed back
     * @param maxTries wrong codes before the code is void
     * @param perPhone codes sent to one phone per window
     * @param perUser phone numbers one Zalo account may type per window (codes asked for)
     * @param window the rate limits' window
     */
    record Otp(@DefaultValue("10m") Duration validity, @DefaultValue("5") int maxTries,
            @DefaultValue("3") int perPhone, @DefaultValue("5") int perUser, @DefaultValue("1h") Duration window) {
    }
}
