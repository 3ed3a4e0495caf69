package vn.keng.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The local API of "SMS Gateway for Android" faked with WireMock. */
class AndroidGatewayFake implements ProviderFake {

    static final String USER = "sms";
    static final String PASSWORD = "gateway-pass";
    static final String SIGNING_KEY = "test-signing-key";

    private final WireMockExtension wm;
    private final Clock clock;

    AndroidGatewayFake(WireMockExtension wm, Clock clock) {
        this.wm = wm;
        this.clock = clock;
    }

    static AndroidSettings settings(String url) {
        return AndroidSettings.single(url, USER, PASSWORD, SIGNING_KEY, Duration.ZERO, Duration.ofMillis(1500));
    }

    @Override
    public SmsProvider provider() {
        AndroidSettings settings = settings(wm.baseUrl());
        return new AndroidGatewayProvider(new AndroidPhones(settings.requirePhones()), new AndroidApi(settings.timeout()),
                new LocalSendPace(), PhoneWatch.NONE, settings.alarmMaxWait(), clock);
    }

    @Override
    public boolean stages(ProviderAnswer answer) {
        return true;
    }

    @Override
    public void stage(ProviderAnswer answer) {
        wm.stubFor(post(urlPathEqualTo("/message")).willReturn(switch (answer) {
            case ACCEPTED -> aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"keng-42\",\"state\":\"Pending\",\"isHashed\":false,\"isEncrypted\":false,"
                            + "\"recipients\":[{\"phoneNumber\":\"+84912345678\",\"state\":\"Pending\"}]}");
            case RATE_LIMITED -> aResponse().withStatus(429).withHeader("Retry-After", "2");
            case SERVER_ERROR -> aResponse().withStatus(500).withBody("{\"message\":\"internal error\"}");
            case AUTH_REJECTED -> aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}");
            case RECIPIENT_REFUSED -> aResponse().withStatus(400).withBody("{\"message\":\"invalid phone number\"}");
            case HANGS -> aResponse().withStatus(202).withBody("{\"id\":\"keng-42\"}").withFixedDelay(4_000);
        }));
    }

    @Override
    public void assertDelivered(OutgoingSms sms, String providerId) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        wm.verify(postRequestedFor(urlPathEqualTo("/message"))
                .withHeader("Authorization", equalTo(auth))
                .withRequestBody(equalToJson("{\"id\":\"keng-" + sms.reference() + "\",\"textMessage\":{\"text\":\""
                        + sms.text() + "\"},\"phoneNumbers\":[\"" + sms.to().e164() + "\"],\"withDeliveryReport\":true}",
                        false, true)));
        if (!providerId.equals("keng-42")) {
            throw new AssertionError("unexpected id " + providerId);
        }
    }
}
