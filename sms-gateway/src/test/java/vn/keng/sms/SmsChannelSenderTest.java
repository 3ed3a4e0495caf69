package vn.keng.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.Priority;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.PhoneNumber;
import vn.keng.sms.ProviderFake.ProviderAnswer;

/** The SMS channel as the dispatcher sees it, wired by the module's configuration against the fakes. */
class SmsChannelSenderTest {

    @RegisterExtension
    static WireMockExtension twilioApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    @RegisterExtension
    static WireMockExtension androidApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SmsConfiguration.class, TwilioConfiguration.class, AndroidConfiguration.class,
                    SmsTestBeans.class);

    private ApplicationContextRunner twilio() {
        return runner.withPropertyValues("keng.sms.twilio.account-sid=" + TwilioApiFake.ACCOUNT,
                "keng.sms.twilio.auth-token=" + TwilioApiFake.TOKEN, "keng.sms.twilio.from=" + TwilioApiFake.FROM,
                "keng.sms.twilio.alarm-from=" + TwilioApiFake.ALARM_FROM,
                "keng.sms.twilio.public-url=" + TwilioApiFake.PUBLIC_URL, "keng.sms.twilio.api-url=" + twilioApi.baseUrl(),
                "keng.sms.twilio.timeout=PT1.5S");
    }

    private ApplicationContextRunner twilioAndAndroid() {
        return twilio().withPropertyValues("keng.sms.android.url=" + androidApi.baseUrl(),
                "keng.sms.android.username=" + AndroidGatewayFake.USER,
                "keng.sms.android.password=" + AndroidGatewayFake.PASSWORD,
                "keng.sms.android.signing-key=" + AndroidGatewayFake.SIGNING_KEY, "keng.sms.android.send-interval=PT0S");
    }

    @Test
    void failsAtStartupNamingTheMissingTwilioSettings() {
        runner.withPropertyValues("keng.sms.provider=twilio", "keng.sms.twilio.account-sid=AC1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("'twilio'")
                    .hasMessageContaining("keng.sms.twilio.auth-token").hasMessageContaining("keng.sms.twilio.public-url")
                    .hasMessageNotContaining("keng.sms.twilio.account-sid");
        });
    }

    @Test
    void failsAtStartupNamingTheMissingAndroidSettingsEvenWhenOnlyARouteUsesIt() {
        runner.withPropertyValues("keng.sms.routes.84=android,console").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("'android'")
                    .hasMessageContaining("keng.sms.android.url").hasMessageContaining("keng.sms.android.signing-key");
        });
    }

    @Test
    void sendsOnTheConsoleByDefaultAndShowsIt() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(com.twilio.http.TwilioRestClient.class);
            ChannelSender sender = context.getBean(ChannelSender.class);
            assertThat(sender.channel()).isEqualTo(ChannelType.SMS);
            assertThat(sender.ratePerSecond()).isZero();

            SendOutcome outcome = sender.send(envelope("0912345678", "Nhac truc 22:00", Priority.DUTY, null));

            assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
            assertThat(context.getBean(SmsConsole.class).recentTo(PhoneNumber.parse("+84912345678")))
                    .singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Nhac truc 22:00"));
        });
    }

    @Test
    void shortensATextOverTheSegmentLimitAndCountsItsSegments() {
        runner.withPropertyValues("keng.sms.max-segments=1").run(context -> {
            String longText = "Bao chay thon 3 nha ong Ba gan cho, moi nguoi den ngay. ".repeat(6);
            SendOutcome outcome = context.getBean(ChannelSender.class).send(envelope("+84912345678", longText,
                    Priority.ALARM, null));
            assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Sent.class, s -> assertThat(s.segments()).isEqualTo(1));
            String sent = context.getBean(SmsConsole.class).recent().get(0).text();
            assertThat(sent).endsWith("...").hasSizeLessThanOrEqualTo(160);
            assertThat(longText).startsWith(sent.substring(0, sent.length() - 3));
        });
    }

    @Test
    void refusesAnAddressThatIsNoPhoneAndAMessagePastItsValidity() {
        runner.run(context -> {
            ChannelSender sender = context.getBean(ChannelSender.class);
            assertThat(sender.send(envelope("chat-123", "x", Priority.INFO, null))).isInstanceOf(SendOutcome.PermanentFailure.class);
            assertThat(sender.send(envelope("0912345678", "x", Priority.DUTY, Instant.now().minusSeconds(1))))
                    .isInstanceOf(SendOutcome.PermanentFailure.class);
            assertThat(context.getBean(SmsConsole.class).recent()).isEmpty();
        });
    }

    @Test
    void sendsThroughTwilioWithValidityStatusCallbackAndTheAlarmSender() {
        twilio().withPropertyValues("keng.sms.provider=twilio").run(context -> {
            assertThat(context).hasSingleBean(com.twilio.http.TwilioRestClient.class);
            TwilioApiFake fake = new TwilioApiFake(twilioApi, java.time.Clock.systemUTC());
            fake.stage(ProviderAnswer.ACCEPTED);
            ChannelSender sender = context.getBean(ChannelSender.class);

            Instant validUntil = Instant.now().plus(20, ChronoUnit.MINUTES).plusSeconds(30);
            assertThat(sender.send(envelope("0912345678", "Nhac truc", Priority.DUTY, validUntil)))
                    .isInstanceOf(SendOutcome.Sent.class);
            fake.assertSentFrom(TwilioApiFake.FROM);
            twilioApi.verify(postRequestedFor(urlPathEqualTo(TwilioApiFake.MESSAGES))
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matching(".*ValidityPeriod=12(0|1|2)\\d.*")));
            fake.assertDelivered(new OutgoingSms(1, PhoneNumber.parse("0912345678"), "Nhac truc", 1, Priority.DUTY,
                    validUntil, 1), "SM00000000000000000000000000000042");

            assertThat(sender.send(envelope("0912345678", "BAO CHAY", Priority.ALARM, null))).isInstanceOf(SendOutcome.Sent.class);
            fake.assertSentFrom(TwilioApiFake.ALARM_FROM);
        });
    }

    @Test
    void twilioStopIsAPermanentFailureAndNeverRetried() {
        twilio().withPropertyValues("keng.sms.provider=twilio").run(context -> {
            TwilioApiFake fake = new TwilioApiFake(twilioApi, java.time.Clock.systemUTC());
            fake.refusesWith(400, 21610);
            SendOutcome outcome = context.getBean(ChannelSender.class).send(envelope("0912345678", "x", Priority.INFO, null));
            assertThat(outcome).isInstanceOfSatisfying(SendOutcome.PermanentFailure.class,
                    f -> assertThat(f.reason()).contains("21610"));
            assertThat(fake.requests()).isEqualTo(1);
        });
    }

    @Test
    void anAlarmMovesToTheNextProviderOfTheRouteWhenOneFailsOnItsSide() {
        twilioAndAndroid().withPropertyValues("keng.sms.routes.[+84]=twilio,android").run(context -> {
            new TwilioApiFake(twilioApi, java.time.Clock.systemUTC()).stage(ProviderAnswer.SERVER_ERROR);
            new AndroidGatewayFake(androidApi, java.time.Clock.systemUTC()).stage(ProviderAnswer.ACCEPTED);
            ChannelSender sender = context.getBean(ChannelSender.class);

            SendOutcome alarm = sender.send(envelope("0912345678", "BAO CHAY THON 3", Priority.ALARM, null));
            assertThat(alarm).isInstanceOfSatisfying(SendOutcome.Sent.class,
                    s -> assertThat(s.providerMessageId()).isEqualTo("keng-42"));
            assertThat(androidApi.findAll(postRequestedFor(urlPathEqualTo("/message")))).hasSize(1);

            SendOutcome reminder = sender.send(envelope("0912345678", "Nhac truc", Priority.DUTY, null));
            assertThat(reminder).isInstanceOf(SendOutcome.RetryLater.class);
            assertThat(androidApi.findAll(postRequestedFor(urlPathEqualTo("/message")))).hasSize(1);
        });
    }

    @Test
    void anAlarmStopsAtAPermanentFailureAndOtherCountriesKeepTheDefaultRoute() {
        twilioAndAndroid().withPropertyValues("keng.sms.provider=twilio", "keng.sms.routes.84=android,twilio").run(context -> {
            androidApi.stubFor(post(urlPathEqualTo("/message")).willReturn(aResponse().withStatus(400)));
            new TwilioApiFake(twilioApi, java.time.Clock.systemUTC()).stage(ProviderAnswer.ACCEPTED);
            ChannelSender sender = context.getBean(ChannelSender.class);

            assertThat(sender.send(envelope("0912345678", "BAO CHAY", Priority.ALARM, null)))
                    .isInstanceOf(SendOutcome.PermanentFailure.class);
            assertThat(twilioApi.findAll(postRequestedFor(urlPathEqualTo(TwilioApiFake.MESSAGES)))).isEmpty();

            assertThat(sender.send(envelope("+14155550123", "BAO CHAY", Priority.ALARM, null))).isInstanceOf(SendOutcome.Sent.class);
            assertThat(twilioApi.findAll(postRequestedFor(urlPathEqualTo(TwilioApiFake.MESSAGES)))).hasSize(1);
        });
    }

    @Test
    void theAndroidRouteAdvertisesItsSlowRate() {
        twilioAndAndroid().withPropertyValues("keng.sms.provider=android", "keng.sms.android.send-interval=PT2S")
                .run(context -> assertThat(context.getBean(ChannelSender.class).ratePerSecond()).isEqualTo(0.5));
    }

    @Test
    void aCommuneWithARouteOfItsOwnTakesItAndAReplyGoesBackTheWayItsMessageCame() {
        twilioAndAndroid().withPropertyValues("keng.sms.routes.84=android", "keng.sms.commune-routes.7=twilio")
                .run(context -> {
                    new TwilioApiFake(twilioApi, java.time.Clock.systemUTC()).stage(ProviderAnswer.ACCEPTED);
                    new AndroidGatewayFake(androidApi, java.time.Clock.systemUTC()).stage(ProviderAnswer.ACCEPTED);
                    ChannelSender sender = context.getBean(ChannelSender.class);

                    assertThat(sender.send(envelope("0912345678", "Nhac truc", Priority.DUTY, 7L, null)))
                            .isInstanceOf(SendOutcome.Sent.class);
                    assertThat(twilioApi.findAll(postRequestedFor(urlPathEqualTo(TwilioApiFake.MESSAGES)))).hasSize(1);
                    assertThat(androidApi.findAll(postRequestedFor(urlPathEqualTo("/message")))).isEmpty();

                    assertThat(sender.send(envelope("0912345678", "Nhac truc", Priority.DUTY, 8L, null)))
                            .isInstanceOf(SendOutcome.Sent.class);
                    assertThat(androidApi.findAll(postRequestedFor(urlPathEqualTo("/message")))).hasSize(1);

                    // A reply to an SMS that came through the phone goes back through it, whatever the commune's route;
                    // one that came through Twilio goes back through Twilio.
                    sender.send(envelope("0912345678", "Da ghi nhan", Priority.INFO, 7L, "android:default"));
                    assertThat(androidApi.findAll(postRequestedFor(urlPathEqualTo("/message")))).hasSize(2);
                    sender.send(envelope("0912345678", "Da ghi nhan", Priority.INFO, 8L, "twilio"));
                    assertThat(twilioApi.findAll(postRequestedFor(urlPathEqualTo(TwilioApiFake.MESSAGES)))).hasSize(2);
                    assertThat(androidApi.findAll(postRequestedFor(urlPathEqualTo("/message")))).hasSize(2);
                });
    }

    @Test
    void aCommuneRouteNamingAProviderNobodyConfiguredStopsTheStartup() {
        runner.withPropertyValues("keng.sms.commune-routes.dong-thinh=console").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("keng.sms.commune-routes key 'dong-thinh'");
        });
        runner.withPropertyValues("keng.sms.commune-routes.7=twilio").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("keng.sms.twilio.account-sid");
        });
    }

    @Test
    void severalPhonesAdvertiseTheirPacesTogether() {
        twilioAndAndroid().withPropertyValues("keng.sms.provider=android", "keng.sms.android.send-interval=PT2S",
                "keng.sms.android.phones.viettel.url=http://10.0.0.2:8080", "keng.sms.android.phones.viettel.carriers=VIETTEL",
                "keng.sms.android.phones.mobifone.url=http://10.0.0.3:8080",
                "keng.sms.android.phones.mobifone.send-interval=PT4S")
                .run(context -> assertThat(context.getBean(ChannelSender.class).ratePerSecond()).isEqualTo(1.25));
    }

    private static OutboundEnvelope envelope(String address, String text, Priority priority, Instant validUntil) {
        return new OutboundEnvelope(1, ChannelType.SMS, address, text, List.of(), List.of(), priority, 1, validUntil);
    }

    private static OutboundEnvelope envelope(String address, String text, Priority priority, Long communeId, String via) {
        return new OutboundEnvelope(1, ChannelType.SMS, address, text, List.of(), List.of(), priority, 1, null, communeId,
                via);
    }
}
