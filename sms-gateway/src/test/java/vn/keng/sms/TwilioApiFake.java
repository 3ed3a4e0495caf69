package vn.keng.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Twilio's Messages API faked with WireMock; the real SDK talks to it through keng.sms.twilio.api-url. */
class TwilioApiFake implements ProviderFake {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "test-auth-token";
    static final String FROM = "+15005550006";
    static final String ALARM_FROM = "+15005550007";
    static final String PUBLIC_URL = "https://keng.example.org";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";

    private final WireMockExtension wm;
    private final Clock clock;

    TwilioApiFake(WireMockExtension wm, Clock clock) {
        this.wm = wm;
        this.clock = clock;
    }

    static TwilioSettings settings(String apiUrl) {
        return new TwilioSettings(ACCOUNT, TOKEN, FROM, null, ALARM_FROM, PUBLIC_URL, apiUrl, Duration.ofMillis(1500));
    }

    static SmsSettings smsSettings(String apiUrl) {
        return new SmsSettings(ProviderKind.TWILIO, 2, Map.of(), 10, settings(apiUrl), AndroidGatewayFake.settings(null),
                Map.of());
    }

    @Override
    public SmsProvider provider() {
        SmsSettings settings = smsSettings(wm.baseUrl());
        return new TwilioProvider(new TwilioConfiguration().twilioRestClient(settings), settings.twilio(), clock);
    }

    @Override
    public boolean stages(ProviderAnswer answer) {
        return true;
    }

    @Override
    public void stage(ProviderAnswer answer) {
        wm.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(switch (answer) {
            case ACCEPTED -> created("SM00000000000000000000000000000042");
            case RATE_LIMITED -> error(429, 20429, "Too Many Requests").withHeader("Retry-After", "2");
            case SERVER_ERROR -> aResponse().withStatus(503).withBody("<html>Service Unavailable</html>");
            case AUTH_REJECTED -> error(401, 20003, "Authenticate");
            case RECIPIENT_REFUSED -> error(400, 21211, "The 'To' number is not a valid phone number.");
            case HANGS -> created("SM1").withFixedDelay(4_000);
        }));
    }

    void refusesWith(int status, int code) {
        wm.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(error(status, code, "refused")));
    }

    @Override
    public void assertDelivered(OutgoingSms sms, String providerId) {
        wm.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", containing("Basic "))
                .withRequestBody(containing("To=" + enc(sms.to().e164())))
                .withRequestBody(containing("Body=" + enc(sms.text())))
                .withRequestBody(containing("StatusCallback=" + enc(PUBLIC_URL + "/webhooks/sms/twilio/status"))));
        if (!providerId.equals("SM00000000000000000000000000000042")) {
            throw new AssertionError("unexpected sid " + providerId);
        }
    }

    void assertSentFrom(String from) {
        wm.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("From=" + enc(from))));
    }

    void assertValidityPeriod(int seconds) {
        wm.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("ValidityPeriod=" + seconds)));
    }

    int requests() {
        return wm.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).size();
    }

    static ResponseDefinitionBuilder created(String sid) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"" + sid + "\",\"account_sid\":\"" + ACCOUNT + "\",\"status\":\"queued\","
                        + "\"num_segments\":\"1\",\"direction\":\"outbound-api\"}");
    }

    static ResponseDefinitionBuilder error(int status, int code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":"
                        + "\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
