package vn.keng.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.twilio.http.TwilioRestClient;

import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.Priority;
import vn.keng.messaging.ReplyOption;
import vn.keng.messaging.SendOutcome;
import vn.keng.messaging.Templates;
import vn.keng.registry.People;

/** The voice channel as the dispatcher sees it: the real Twilio SDK placing calls on a WireMock Twilio. */
class VoiceChannelSenderTest {

    static final String VOICE_FROM = "+15005550009";
    static final String VOICE_URL = "https://voice.keng.example.org";
    static final String CALLS = "/2010-04-01/Accounts/" + TwilioApiFake.ACCOUNT + "/Calls.json";

    @RegisterExtension
    static WireMockExtension twilioApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SmsConfiguration.class, TwilioConfiguration.class, AndroidConfiguration.class,
                    VoiceConfiguration.class, SmsTestBeans.class)
            .withBean(Templates.class)
            .withBean(People.class, () -> {
                People people = Mockito.mock(People.class);
                Mockito.when(people.findByPhone(Mockito.any())).thenReturn(Optional.empty());
                return people;
            });

    private ApplicationContextRunner voice() {
        return runner.withPropertyValues("keng.voice.enabled=true", "keng.voice.from=" + VOICE_FROM,
                "keng.voice.public-url=" + VOICE_URL + "/", "keng.sms.twilio.account-sid=" + TwilioApiFake.ACCOUNT,
                "keng.sms.twilio.auth-token=" + TwilioApiFake.TOKEN, "keng.sms.twilio.api-url=" + twilioApi.baseUrl(),
                "keng.sms.twilio.timeout=PT1.5S");
    }

    @Test
    void noVoiceChannelUnlessEnabled() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(VoiceChannelSender.class).doesNotHaveBean(TwilioRestClient.class);
        });
    }

    @Test
    void failsAtStartupNamingEveryMissingVoiceAndTwilioSetting() {
        runner.withPropertyValues("keng.voice.enabled=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("keng.voice.enabled")
                    .hasMessageContaining("keng.voice.from").hasMessageContaining("keng.voice.public-url")
                    .hasMessageContaining("keng.sms.twilio.account-sid").hasMessageContaining("keng.sms.twilio.auth-token");
        });
        runner.withPropertyValues("keng.voice.enabled=true", "keng.voice.from=" + VOICE_FROM,
                "keng.voice.public-url=" + VOICE_URL, "keng.sms.twilio.account-sid=AC1").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("keng.sms.twilio.auth-token")
                            .hasMessageNotContaining("keng.voice.from");
                });
        voice().withPropertyValues("keng.voice.language=xx-YY", "keng.voice.play-url=ftp://x").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("xx-YY").hasMessageContaining("ftp://x");
        });
    }

    @Test
    void placesACallWhoseTwimlSpeaksTheMessageAndGathersOneKey() {
        voice().run(context -> {
            assertThat(context).hasSingleBean(TwilioRestClient.class);
            twilioApi.stubFor(post(urlPathEqualTo(CALLS)).willReturn(created("CA0000000000000000000000000000000a")));
            ChannelSender sender = voiceSender(context.getBeansOfType(ChannelSender.class).values());
            assertThat(sender.ratePerSecond()).isEqualTo(1.0);

            SendOutcome outcome = sender.send(envelope(42, "🚨 Kẻng báo động cháy tại nhà kho, Thôn Đông.", Priority.ALARM));

            assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Sent.class,
                    s -> assertThat(s.providerMessageId()).isEqualTo("CA0000000000000000000000000000000a"));
            LoggedRequest call = twilioApi.findAll(postRequestedFor(urlPathEqualTo(CALLS))).get(0);
            assertThat(call.getHeader("Authorization")).startsWith("Basic ");
            assertThat(param(call, "To")).isEqualTo("+84912345678");
            assertThat(param(call, "From")).isEqualTo(VOICE_FROM);
            assertThat(param(call, "StatusCallback")).isEqualTo(VOICE_URL + "/webhooks/voice/twilio/status");
            assertThat(param(call, "Timeout")).isEqualTo("30");
            String twiml = param(call, "Twiml");
            assertThat(twiml).contains("<Gather", "input=\"dtmf\"", "numDigits=\"1\"", "method=\"POST\"",
                    "action=\"" + VOICE_URL + "/webhooks/voice/twilio/gather?outbox=42&amp;round=1&amp;lang=vi\"")
                    .contains("<Say language=\"vi-VN\" voice=\"Google.vi-VN-Standard-A\">Kẻng báo động cháy tại nhà kho, "
                            + "Thôn Đông.</Say>")
                    .contains("Bấm phím 1: Tôi đến ngay. Bấm phím 2: Không thể.")
                    .contains("<Redirect method=\"POST\">" + VOICE_URL + "/webhooks/voice/twilio/gather?outbox=42&amp;"
                            + "round=1&amp;lang=vi</Redirect>")
                    .doesNotContain("🚨").doesNotContain("<Play");
        });
    }

    @Test
    void playsTheCommunesRecordingForAlarmsOnlyAndReusesTheSmsTwilioClient() {
        voice().withPropertyValues("keng.voice.play-url=https://files.example.org/bao-chay.mp3", "keng.sms.provider=twilio",
                "keng.sms.twilio.from=" + TwilioApiFake.FROM, "keng.sms.twilio.public-url=" + TwilioApiFake.PUBLIC_URL)
                .run(context -> {
                    assertThat(context).hasSingleBean(TwilioRestClient.class);
                    twilioApi.stubFor(post(urlPathEqualTo(CALLS)).willReturn(created("CA1")));
                    ChannelSender sender = voiceSender(context.getBeansOfType(ChannelSender.class).values());

                    sender.send(envelope(7, "Kẻng báo động", Priority.ALARM));
                    sender.send(envelope(8, "Kẻng nhắc: chưa nhận xác nhận đánh kẻng", Priority.DUTY));

                    List<LoggedRequest> calls = twilioApi.findAll(postRequestedFor(urlPathEqualTo(CALLS)));
                    assertThat(param(calls.get(0), "Twiml"))
                            .contains("<Play>https://files.example.org/bao-chay.mp3</Play>").doesNotContain("Kẻng báo động");
                    assertThat(param(calls.get(1), "Twiml")).doesNotContain("<Play").contains("chưa nhận xác nhận");
                });
    }

    @Test
    void twilioRefusalsBecomeOutcomes() {
        voice().run(context -> {
            ChannelSender sender = voiceSender(context.getBeansOfType(ChannelSender.class).values());
            twilioApi.stubFor(post(urlPathEqualTo(CALLS)).willReturn(TwilioApiFake.error(400, 21211, "Invalid 'To'")));
            assertThat(sender.send(envelope(1, "x", Priority.ALARM))).isInstanceOf(SendOutcome.PermanentFailure.class);
            twilioApi.stubFor(post(urlPathEqualTo(CALLS)).willReturn(TwilioApiFake.error(429, 20429, "Too Many Requests")));
            assertThat(sender.send(envelope(2, "x", Priority.ALARM))).isInstanceOf(SendOutcome.RetryLater.class);
            twilioApi.stubFor(post(urlPathEqualTo(CALLS)).willReturn(aResponse().withStatus(503).withBody("<html/>")));
            assertThat(sender.send(envelope(3, "x", Priority.ALARM))).isInstanceOf(SendOutcome.RetryLater.class);
            assertThat(sender.send(new OutboundEnvelope(4, ChannelType.VOICE, "not-a-phone", "x", List.of(), List.of(),
                    Priority.ALARM, 1, null))).isInstanceOf(SendOutcome.PermanentFailure.class);
            assertThat(sender.send(new OutboundEnvelope(5, ChannelType.VOICE, "0912345678", "x", List.of(), List.of(),
                    Priority.DUTY, 1, Instant.now().minusSeconds(1)))).isInstanceOf(SendOutcome.PermanentFailure.class);
            assertThat(twilioApi.findAll(postRequestedFor(urlPathEqualTo(CALLS)))).hasSize(3);
        });
    }

    @Test
    void theConfiguredCallRateIsTheChannelsRate() {
        voice().withPropertyValues("keng.voice.calls-per-second=0.5").run(context -> assertThat(
                voiceSender(context.getBeansOfType(ChannelSender.class).values()).ratePerSecond()).isEqualTo(0.5));
    }

    static OutboundEnvelope envelope(long id, String text, Priority priority) {
        return new OutboundEnvelope(id, ChannelType.VOICE, "0912345678", text,
                List.of(new ReplyOption(1, "Tôi đến ngay", "incident:coming:9"), new ReplyOption(2, "Không thể",
                        "incident:cannot:9")), List.of(), priority, 1, null);
    }

    private static ChannelSender voiceSender(java.util.Collection<ChannelSender> senders) {
        return senders.stream().filter(s -> s.channel() == ChannelType.VOICE).findFirst().orElseThrow();
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"" + sid + "\",\"account_sid\":\"" + TwilioApiFake.ACCOUNT + "\",\"status\":\"queued\","
                        + "\"direction\":\"outbound-api\",\"to\":\"+84912345678\",\"from\":\"" + VOICE_FROM + "\"}");
    }

    static String param(LoggedRequest request, String name) {
        for (String pair : request.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            if (URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(name)) {
                return kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            }
        }
        return null;
    }
}
