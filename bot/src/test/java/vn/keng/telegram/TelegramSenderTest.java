package vn.keng.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import vn.keng.messaging.Attachment;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.Priority;
import vn.keng.messaging.ReplyOption;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.Language;

/** The sender with the real OkHttpTelegramClient against the fake Bot API. */
class TelegramSenderTest {

    private static final FakeBotApi api = new FakeBotApi();
    private static TelegramSender sender;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        api.start();
        TelegramSettings settings = new TelegramSettings(TelegramSettings.Mode.POLLING, FakeBotApi.TOKEN, null, null,
                URI.create(api.url()), Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1));
        sender = new TelegramSender(new TelegramConfiguration().telegramClient(settings), new TelegramTexts());
        // The first call to a cold client and server can take longer than the 500 ms read time-out on a busy
        // machine, which made whichever test came first fail with "Socket closed": warm both up first.
        api.stubDefaults();
        for (int i = 0; i < 5 && !(sender.send(envelope("warm-up", List.of())) instanceof SendOutcome.Sent); i++) {
            // again
        }
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    @BeforeEach
    void reset() {
        api.stubDefaults();
    }

    @Test
    void sendsTheTextWithTheOptionsAsInlineButtons() throws Exception {
        SendOutcome outcome = sender.send(envelope("Bạn có đến được không?", List.of(
                new ReplyOption(1, "Đến ngay", "incident:coming:42"), new ReplyOption(2, "Không thể", "incident:cannot:42"))));

        assertThat(outcome).isEqualTo(SendOutcome.sent("1001", 1));
        JsonNode body = json.readTree(api.calls("sendMessage").get(0).getBodyAsString());
        assertThat(body.get("chat_id").asText()).isEqualTo("5550001001");
        assertThat(body.get("text").asText()).isEqualTo("Bạn có đến được không?");
        JsonNode keyboard = body.get("reply_markup").get("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0).get(0).get("text").asText()).isEqualTo("Đến ngay");
        assertThat(keyboard.get(0).get(0).get("callback_data").asText()).isEqualTo("incident:coming:42");
        assertThat(keyboard.get(1).get(0).get("callback_data").asText()).isEqualTo("incident:cannot:42");
    }

    @Test
    void aTextOver4096CharactersGoesOutInTwoMessagesWithTheButtonsUnderTheLast() throws Exception {
        String text = ("Dòng báo cáo số liệu thôn Đồng Tâm, đúng giờ 30 đêm.\n").repeat(95); // about 5,000 characters
        assertThat(text.length()).isBetween(4900, 5100);

        SendOutcome outcome = sender.send(envelope(text, List.of(new ReplyOption(1, "OK", "report:ok:1"))));

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        List<LoggedRequest> calls = api.calls("sendMessage");
        assertThat(calls).hasSize(2);
        JsonNode first = json.readTree(calls.get(0).getBodyAsString());
        JsonNode second = json.readTree(calls.get(1).getBodyAsString());
        assertThat(first.get("text").asText().length()).isLessThanOrEqualTo(4096);
        assertThat(first.has("reply_markup")).isFalse();
        assertThat(second.has("reply_markup")).isTrue();
        assertThat((first.get("text").asText() + "\n" + second.get("text").asText()).strip()).isEqualTo(text.strip());
    }

    @Test
    void picturesGoAsPhotosAndOtherFilesAsDocuments() {
        Attachment chart = new Attachment("bieu-do.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Attachment pdf = new Attachment("bao-cao-2026.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        OutboundEnvelope envelope = new OutboundEnvelope(7, ChannelType.TELEGRAM, "5550001001", "Báo cáo năm 2026",
                List.of(), List.of(chart, pdf), Priority.REPORT, 1, null);

        assertThat(sender.send(envelope)).isInstanceOf(SendOutcome.Sent.class);

        assertThat(api.calls("sendMessage")).hasSize(1);
        assertThat(api.calls("sendPhoto")).hasSize(1);
        assertThat(api.calls("sendDocument")).hasSize(1);
        assertThat(api.callsWithPart("sendPhoto", "photo")).hasSize(1);
        assertThat(api.callsWithPart("sendDocument", "document")).hasSize(1);
    }

    @Test
    void tooManyRequestsIsRetriedAfterWhatTelegramSays() {
        api.server().stubFor(api.method("sendMessage").willReturn(
                FakeBotApi.error(429, "Too Many Requests: retry after 17", "{\"retry_after\":17}")));

        SendOutcome outcome = sender.send(envelope("Kẻng", List.of()));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(17)));
    }

    @Test
    void aBlockedBotIsAPermanentFailure() {
        api.server().stubFor(api.method("sendMessage").willReturn(
                FakeBotApi.error(403, "Forbidden: bot was blocked by the user", null)));

        SendOutcome outcome = sender.send(envelope("Kẻng", List.of()));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("blocked"));
    }

    @Test
    void aDeactivatedUserOrAnUnknownChatIsPermanent() {
        api.server().stubFor(api.method("sendMessage").willReturn(
                FakeBotApi.error(403, "Forbidden: user is deactivated", null)));
        assertThat(sender.send(envelope("Kẻng", List.of()))).isInstanceOf(SendOutcome.PermanentFailure.class);

        api.server().stubFor(api.method("sendMessage").willReturn(
                FakeBotApi.error(400, "Bad Request: chat not found", null)));
        assertThat(sender.send(envelope("Kẻng", List.of()))).isInstanceOfSatisfying(SendOutcome.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("chat not found"));
    }

    @Test
    void serverErrorsAreRetriedWithBackOff() {
        api.server().stubFor(api.method("sendMessage").willReturn(
                FakeBotApi.error(502, "Bad Gateway", null)));
        SendOutcome first = sender.send(envelope("Kẻng", List.of()));
        assertThat(first).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(5)));

        api.server().stubFor(api.method("sendMessage").willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));
        OutboundEnvelope third = new OutboundEnvelope(1, ChannelType.TELEGRAM, "5550001001", "Kẻng", List.of(), List.of(),
                Priority.ALARM, 3, null);
        assertThat(sender.send(third)).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void aHangingServerIsRetriedLater() {
        api.server().stubFor(api.method("sendMessage").willReturn(okJson(FakeBotApi.MESSAGE.formatted(1)).withFixedDelay(3000)));

        SendOutcome outcome = sender.send(envelope("Kẻng", List.of()));

        assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
    }

    @Test
    void anAddressThatIsNotAChatIdIsPermanent() {
        OutboundEnvelope envelope = new OutboundEnvelope(1, ChannelType.TELEGRAM, "+84912345678", "Kẻng", List.of(),
                List.of(), Priority.INFO, 1, null);

        assertThat(sender.send(envelope)).isInstanceOf(SendOutcome.PermanentFailure.class);
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    @Test
    void aPossibleDuplicateIsMarkedAsAResendInTheRecipientsLanguage() throws Exception {
        Instant earlierClaim = Instant.now().minusSeconds(30);
        sender.send(new OutboundEnvelope(2, ChannelType.TELEGRAM, "5550001001", "BÁO CHÁY: nhà ông Ba, thôn 3",
                List.of(), List.of(), Priority.ALARM, 2, null, earlierClaim, Language.VI));
        sender.send(new OutboundEnvelope(3, ChannelType.TELEGRAM, "5550001001", "FIRE: Mr Ba's house, village 3",
                List.of(), List.of(), Priority.ALARM, 2, null, earlierClaim, Language.EN));
        sender.send(envelope("BÁO CHÁY: nhà ông Ba, thôn 3", List.of()));

        List<LoggedRequest> calls = api.calls("sendMessage");
        assertThat(calls).hasSize(3);
        assertThat(json.readTree(calls.get(0).getBodyAsString()).get("text").asText())
                .isEqualTo("BÁO CHÁY: nhà ông Ba, thôn 3\n(tin gửi lại)");
        assertThat(json.readTree(calls.get(1).getBodyAsString()).get("text").asText())
                .isEqualTo("FIRE: Mr Ba's house, village 3\n(resent)");
        assertThat(json.readTree(calls.get(2).getBodyAsString()).get("text").asText())
                .isEqualTo("BÁO CHÁY: nhà ông Ba, thôn 3");
    }

    private static OutboundEnvelope envelope(String text, List<ReplyOption> options) {
        return new OutboundEnvelope(1, ChannelType.TELEGRAM, "5550001001", text, options, List.of(), Priority.ALARM, 1, null);
    }
}
