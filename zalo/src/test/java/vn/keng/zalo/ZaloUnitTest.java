package vn.keng.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.SendOutcome;
import vn.keng.messaging.Templates;
import vn.keng.messaging.TextForms;
import vn.keng.registry.Language;

/** The adapter's pure parts: reading updates, judging errors, splitting, settings, its texts. */
class ZaloUnitTest {

    @Test
    void anUpdateIsReadBareOrWrappedAndMappedForTheCore() {
        String bare = Updates.text("16f6366b3f02645a3d15", "e4ea2cd5189df1c3a88c", "Xin chào");
        ZaloUpdate update = ZaloUpdates.parse(bare);
        ZaloUpdate wrapped = ZaloUpdates.parse("{\"ok\":true,\"result\":" + bare + "}");

        assertThat(wrapped).isEqualTo(update);
        var message = ZaloUpdates.incoming(update).orElseThrow().toInbound();
        assertThat(message.channel()).isEqualTo(ChannelType.ZALO);
        assertThat(message.providerMessageId()).isEqualTo("16f6366b3f02645a3d15");
        assertThat(message.senderAddress()).isEqualTo("e4ea2cd5189df1c3a88c");
        assertThat(message.chatAddress()).isNull();
        assertThat(message.text()).isEqualTo("Xin chào");
        assertThat(message.receivedAt()).isAfter(Instant.now().minusSeconds(60));

        var group = ZaloUpdates.incoming(ZaloUpdates.parse(Updates.groupText("m1", "u1", "g1", "có cháy"))).orElseThrow();
        assertThat(group.privateChat()).isFalse();
        assertThat(group.toInbound().chatAddress()).isEqualTo("g1");
        var picture = ZaloUpdates.incoming(ZaloUpdates.parse(Updates.message("message.image.received", "m2", "u1", "u1",
                "PRIVATE", Map.of("photo", "https://zalo.example/p.jpg", "caption", "cháy ở đây")))).orElseThrow();
        assertThat(picture.toInbound().text()).isEqualTo("cháy ở đây");
        assertThat(picture.toInbound().attachmentRef()).isEqualTo("https://zalo.example/p.jpg");

        assertThatThrownBy(() -> ZaloUpdates.parse("{")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZaloUpdates.parse("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZaloUpdates.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ZaloUpdates.incoming(ZaloUpdates.parse("{\"event_name\":\"message.text.received\"}"))).isEmpty();
    }

    @Test
    void errorsAreJudgedInOnePlace() {
        record Case(int http, Integer code, boolean retry) {
        }
        List<Case> cases = List.of(new Case(429, 429, true), new Case(200, 429, true), new Case(500, null, true),
                new Case(503, 503, true), new Case(200, 408, true), new Case(0, null, true), new Case(400, 400, false),
                new Case(401, 401, false), new Case(403, 403, false), new Case(404, 404, false),
                new Case(200, -201, false), new Case(200, 400, false));
        for (Case c : cases) {
            var e = new ZaloApiException("sendMessage", c.http(), c.code(), "x", null);
            assertThat(ZaloErrors.judge(e).retry()).as(c.toString()).isEqualTo(c.retry());
            assertThat(ZaloErrors.outcome(e)).as(c.toString())
                    .isInstanceOf(c.retry() ? SendOutcome.RetryLater.class : SendOutcome.PermanentFailure.class);
        }
        var limited = new ZaloApiException("sendMessage", 429, 429, "Too many", Duration.ofSeconds(3));
        assertThat(((SendOutcome.RetryLater) ZaloErrors.outcome(limited)).after()).isEqualTo(Duration.ofSeconds(3));
        assertThat(ZaloErrors.noUpdates(new ZaloApiException("getUpdates", 200, 408, "Request timeout", null))).isTrue();
    }

    @Test
    void longTextsAreSplitAtLineBreaksElseSpacesElseHard() {
        assertThat(TextSplitter.split("ngắn")).containsExactly("ngắn");
        assertThat(TextSplitter.split("  ")).isEmpty();
        String lines = ("a".repeat(1500) + "\n").repeat(3);
        assertThat(TextSplitter.split(lines)).containsExactly("a".repeat(1500), "a".repeat(1500), "a".repeat(1500));
        String words = ("b".repeat(999) + " ").repeat(3).strip();
        assertThat(TextSplitter.split(words)).containsExactly("b".repeat(999) + " " + "b".repeat(999), "b".repeat(999));
        String emoji = "x".repeat(1999) + "🔥" + "y".repeat(10);
        assertThat(TextSplitter.split(emoji)).containsExactly("x".repeat(1999), "🔥" + "y".repeat(10));
    }

    @Test
    void settingsSayWhatIsMissingAndMaskSecrets() {
        URI api = URI.create("https://bot-api.zaloplatforms.com");
        ZaloSettings.Otp otp = new ZaloSettings.Otp(Duration.ofMinutes(10), 5, 3, 5, Duration.ofHours(1));
        assertThatThrownBy(() -> settings(ZaloSettings.Mode.POLLING, null, null, api, otp))
                .hasMessageContaining("KENG_ZALO_TOKEN");
        assertThatThrownBy(() -> settings(ZaloSettings.Mode.POLLING, "no-colon", null, api, otp))
                .hasMessageContaining("KENG_ZALO_TOKEN");
        assertThatThrownBy(() -> settings(ZaloSettings.Mode.WEBHOOK, "1:abc", "short", api, otp))
                .hasMessageContaining("KENG_ZALO_WEBHOOKSECRET");
        assertThatThrownBy(() -> settings(ZaloSettings.Mode.WEBHOOK, "1:abc", "has spaces in it", api, otp))
                .hasMessageContaining("KENG_ZALO_WEBHOOKSECRET");
        ZaloSettings ok = settings(ZaloSettings.Mode.WEBHOOK, "1459232241454765289:s3cr3t", "secret-0123", api, otp);
        assertThat(ok.toString()).doesNotContain("s3cr3t", "secret-0123");
        assertThat(settings(ZaloSettings.Mode.OFF, null, null, api, otp).mode()).isEqualTo(ZaloSettings.Mode.OFF);
    }

    private static ZaloSettings settings(ZaloSettings.Mode mode, String token, String secret, URI api, ZaloSettings.Otp otp) {
        return new ZaloSettings(mode, token, secret, "https://keng.example.vn/", api, Duration.ofSeconds(5),
                Duration.ofSeconds(15), Duration.ofSeconds(30), 20, 1, Duration.ofMinutes(15), Duration.ofHours(24), otp);
    }

    @Test
    void everyZaloTextExistsInBothLanguagesAndTheCodeBySmsFitsOneGsm7Segment() {
        Templates templates = new Templates();
        List<String> missing = new ArrayList<>();
        for (String key : templates.keys()) {
            boolean zalo = key.startsWith("zalo.") || key.endsWith(".zalo");
            if (zalo && !key.endsWith(".sms") && templates.raw(key, Language.EN, false)
                    .equals(templates.raw(key, Language.VI, false))) {
                missing.add(key);
            }
        }
        assertThat(missing).as("Zalo texts without an English text").isEmpty();
        assertThat(templates.keys()).contains("zalo.linked", "zalo.otp.sent", "conversation.unknown-sender.zalo");
        for (Language language : Language.values()) {
            Map<String, Object> values = new HashMap<>(Map.of("code", "123456", "minutes", 10));
            String sms = templates.render("zalo.otp", language, ChannelType.SMS, values, false);
            assertThat(TextForms.isGsm7(sms)).as(sms).isTrue();
            assertThat(TextForms.smsSegments(sms)).as(sms).isOne();
            String chat = templates.render("conversation.unknown-sender", language, ChannelType.ZALO, Map.of(), false);
            assertThat(chat).as("a Zalo user is told how to link").isEqualTo(
                    templates.raw("conversation.unknown-sender.zalo", language, false));
            Matcher placeholders = Pattern.compile("\\{").matcher(templates.render("zalo.otp.sent", language,
                    ChannelType.ZALO, Map.of("phone", "0912345678", "minutes", 10), false));
            assertThat(placeholders.find()).isFalse();
        }
    }
}
