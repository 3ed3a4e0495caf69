package vn.keng.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import vn.keng.messaging.Priority;
import vn.keng.messaging.Reconciling;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.PhoneNumber;
import vn.keng.sms.ProviderFake.ProviderAnswer;

/**
 * Before a possible resend, Twilio's message list (the real SDK against WireMock) tells whether an
 * earlier attempt handed the SMS over: matched by number, body and time, queued messages included.
 */
class TwilioReconciliationTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.US);
    private static final String TEXT = "BAO CHAY: nha ong Ba, thon 3. Den ngay. Tra loi 1=Den ngay, 2=Khong the";

    private final Instant claimed = Instant.now().minusSeconds(20);
    private final OutgoingSms sms = new OutgoingSms(42, PhoneNumber.parse("0912345678"), TEXT, 1, Priority.ALARM,
            null, 2);
    private TwilioProvider twilio;

    @BeforeEach
    void provider() {
        twilio = (TwilioProvider) new TwilioApiFake(wm, Clock.systemUTC()).provider();
    }

    @Test
    void aMessageTwilioSentSinceTheClaimIsFoundAndTheListIsAskedByNumberAndSendDate() {
        list(null, message("SM11111111111111111111111111111111", TEXT, "delivered", claimed.plusSeconds(1), true));

        Reconciling.Reconciliation answer = twilio.reconcile(sms, claimed);

        assertThat(answer).isEqualTo(new Reconciling.Found("SM11111111111111111111111111111111", 1));
        String after = claimed.minus(TwilioProvider.SKEW).atZone(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        wm.verify(getRequestedFor(urlPathEqualTo(TwilioApiFake.MESSAGES)).withQueryParam("To", equalTo("+84912345678"))
                .withQueryParam("DateSent>", equalTo(after)));
    }

    @Test
    void aMessageStillQueuedWithoutASendDateIsFoundOnTheNewestPage() {
        list(absent(), message("SM22222222222222222222222222222222", TEXT, "queued", claimed.plusSeconds(2), false));

        assertThat(twilio.reconcile(sms, claimed))
                .isEqualTo(new Reconciling.Found("SM22222222222222222222222222222222", 1));
    }

    @Test
    void anotherBodyAnOlderIdenticalMessageAndOneTwilioGaveUpOnAreNotThisSend() {
        list(null, message("SM3", "BAO CHAY: nha ong Tu, thon 5. Den ngay.", "sent", claimed.plusSeconds(1), true),
                message("SM4", TEXT, "delivered", claimed.minusSeconds(3600), true),
                message("SM5", TEXT, "undelivered", claimed.plusSeconds(1), true));

        assertThat(twilio.reconcile(sms, claimed)).isEqualTo(new Reconciling.NotFound());
    }

    @Test
    void aListTwilioRefusesIsUnknownNotAnError() {
        wm.stubFor(get(urlPathEqualTo(TwilioApiFake.MESSAGES)).willReturn(aResponse().withStatus(503)));

        assertThat(twilio.reconcile(sms, claimed)).isInstanceOf(Reconciling.Unknown.class);
    }

    @Test
    void aSendTwilioDidNotAnswerInTimeIsRetriedAsAPossibleDuplicate() {
        new TwilioApiFake(wm, Clock.systemUTC()).stage(ProviderAnswer.HANGS);

        SendOutcome outcome = twilio.send(sms);

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                retry -> assertThat(retry.maybeHanded()).isTrue());
    }

    /** Stubs the list: with {@code dateSent} null every list call answers; else only calls matching it. */
    private void list(com.github.tomakehurst.wiremock.matching.StringValuePattern dateSent, String... messages) {
        var mapping = get(urlPathEqualTo(TwilioApiFake.MESSAGES)).withQueryParam("To", equalTo("+84912345678"));
        if (dateSent != null) {
            mapping = mapping.withQueryParam("DateSent>", dateSent);
            wm.stubFor(get(urlPathEqualTo(TwilioApiFake.MESSAGES)).atPriority(10).willReturn(okJson(page())));
        }
        wm.stubFor(mapping.atPriority(1).willReturn(okJson(page(messages))));
    }

    private static String page(String... messages) {
        return "{\"messages\":[" + String.join(",", messages) + "],\"uri\":\"" + TwilioApiFake.MESSAGES
                + "?PageSize=50&Page=0\",\"first_page_uri\":\"" + TwilioApiFake.MESSAGES + "?PageSize=50&Page=0\","
                + "\"next_page_uri\":null,\"previous_page_uri\":null,\"page\":0,\"page_size\":50,\"start\":0,\"end\":0}";
    }

    private static String message(String sid, String body, String status, Instant created, boolean sent) {
        String date = RFC_2822.format(created.atZone(ZoneOffset.UTC));
        return "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + TwilioApiFake.ACCOUNT + "\",\"to\":\"+84912345678\","
                + "\"from\":\"" + TwilioApiFake.ALARM_FROM + "\",\"body\":\"" + body + "\",\"status\":\"" + status
                + "\",\"direction\":\"outbound-api\",\"num_segments\":\"1\",\"date_created\":\"" + date
                + "\",\"date_updated\":\"" + date + "\",\"date_sent\":" + (sent ? "\"" + date + "\"" : "null") + "}";
    }
}
