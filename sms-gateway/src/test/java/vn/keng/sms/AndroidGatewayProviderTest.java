package vn.keng.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import vn.keng.messaging.Priority;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.PhoneNumber;

/** The Android provider against WireMock gateways: which phone, which path, what it does with each answer. */
class AndroidGatewayProviderTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final Set<String> silent = ConcurrentHashMap.newKeySet();

    @Test
    void cloudModePostsToMessagesWithTheDeviceAndOurId() {
        wm.stubFor(post(urlPathEqualTo("/3rdparty/v1/messages")).willReturn(aResponse().withStatus(202)
                .withBody("{\"id\":\"keng-7\",\"state\":\"Pending\"}")));
        AndroidGatewayProvider provider = provider(Map.of(), wm.baseUrl() + "/3rdparty/v1", "dev-main", Duration.ZERO);

        SendOutcome outcome = provider.send(sms(7, "0912345678", Priority.ALARM, false));

        assertThat(outcome).isEqualTo(SendOutcome.sent("keng-7", 1));
        wm.verify(postRequestedFor(urlPathEqualTo("/3rdparty/v1/messages")).withRequestBody(equalToJson(
                "{\"id\":\"keng-7\",\"textMessage\":{\"text\":\"BAO CHAY\"},\"phoneNumbers\":[\"+84912345678\"],"
                        + "\"withDeliveryReport\":true,\"priority\":100,\"deviceId\":\"dev-main\"}")));
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/3rdparty/v1/message")))).isEmpty();
    }

    @Test
    void eachNumberGoesThroughThePhoneOfItsNetworkAndASilentPhoneIsPassedOver() {
        wm.stubFor(post(urlPathEqualTo("/viettel/message")).willReturn(aResponse().withStatus(202)));
        wm.stubFor(post(urlPathEqualTo("/main/message")).willReturn(aResponse().withStatus(202)));
        AndroidGatewayProvider provider = provider(Map.of("viettel", new AndroidPhoneSettings(wm.baseUrl() + "/viettel",
                null, null, null, null, List.of(VietnameseCarrier.VIETTEL), List.of(), null)), wm.baseUrl() + "/main", null,
                Duration.ZERO);

        assertThat(provider.send(sms(1, "0961234567", Priority.INFO, false))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(provider.send(sms(2, "0912345678", Priority.INFO, false))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/viettel/message")))).hasSize(1);
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/main/message")))).hasSize(1);

        silent.add("viettel");
        assertThat(provider.send(sms(3, "0961234567", Priority.INFO, false))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/main/message")))).hasSize(2);

        silent.add("default");
        OutgoingSms fourth = sms(4, "0961234567", Priority.ALARM, true);
        assertThat(provider.canSend(fourth)).isFalse();
        assertThat(provider.send(fourth)).isInstanceOf(SendOutcome.RetryLater.class);
        assertThat(wm.getAllServeEvents()).hasSize(3);
    }

    @Test
    void aRepeatTheGatewayAlreadyHasIsTakenAsSentNeverSentTwice() {
        wm.stubFor(post(urlPathEqualTo("/message")).willReturn(aResponse().withStatus(409)
                .withBody("{\"message\":\"Message with such ID already exists\"}")));
        SendOutcome outcome = provider(Map.of(), wm.baseUrl(), null, Duration.ZERO).send(sms(9, "0912345678", Priority.ALARM,
                false));
        assertThat(outcome).isEqualTo(SendOutcome.sent("keng-9", 1));
    }

    @Test
    void aFullCloudQueueIsRetriedWhenTheGatewaySays() {
        wm.stubFor(post(urlPathEqualTo("/3rdparty/v1/messages")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "7").withBody("{\"message\":\"Queue limits exceeded; ensure device is online\"}")));
        SendOutcome outcome = provider(Map.of(), wm.baseUrl() + "/3rdparty/v1", null, Duration.ZERO)
                .send(sms(10, "0912345678", Priority.DUTY, false));
        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                r -> assertThat(r.after()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void anAlarmWithSomewhereElseToGoDoesNotQueueBehindABusyPhone() {
        wm.stubFor(post(urlPathEqualTo("/message")).willReturn(aResponse().withStatus(202)));
        AndroidGatewayProvider provider = provider(Map.of(), wm.baseUrl(), null, Duration.ofSeconds(30));

        assertThat(provider.send(sms(11, "0912345678", Priority.ALARM, true))).isInstanceOf(SendOutcome.Sent.class);
        SendOutcome second = provider.send(sms(12, "0912345678", Priority.ALARM, true));

        assertThat(second).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                r -> assertThat(r.reason()).contains("busy"));
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/message")))).hasSize(1);

        // One queued long ago (a fire's 30th SMS behind one SIM) does not even wait for the phone's next turn.
        OutgoingSms old = new OutgoingSms(13, PhoneNumber.parse("0912345678"), "BAO CHAY", 1, Priority.ALARM, null, 1, null,
                null, true, java.time.Instant.now().minusSeconds(60));
        assertThat(provider.send(old)).isInstanceOf(SendOutcome.RetryLater.class);
        // Without another provider after it, an alarm waits for the phone whatever its age.
        assertThat(provider(Map.of(), wm.baseUrl(), null, Duration.ofMillis(300)).send(sms(14, "0912345678",
                Priority.ALARM, false))).isInstanceOf(SendOutcome.Sent.class);
    }

    private AndroidGatewayProvider provider(Map<String, AndroidPhoneSettings> named, String url, String deviceId,
            Duration interval) {
        AndroidSettings settings = new AndroidSettings(url, "sms", "pass", "key", deviceId, List.of(), List.of(), interval,
                Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofSeconds(30), null,
                Duration.ofHours(1), Duration.ofMillis(200), named);
        return new AndroidGatewayProvider(new AndroidPhones(settings.requirePhones()), new AndroidApi(settings.timeout()),
                new LocalSendPace(), silent::contains, settings.alarmMaxWait(), Clock.systemUTC());
    }

    private static OutgoingSms sms(long id, String to, Priority priority, boolean fallback) {
        return new OutgoingSms(id, PhoneNumber.parse(to), "BAO CHAY", 1, priority, null, 1, null, null, fallback,
                java.time.Instant.now());
    }
}
