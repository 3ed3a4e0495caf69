package vn.keng;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import vn.keng.registry.PhoneNumber;

/**
 * What the end-to-end tests of the Android gateways share: the phones' WireMock APIs (one server, a
 * path per phone), their webhooks signed as the app signs them, Vinaphone numbers nobody else has.
 */
final class AndroidGateways {

    static final String USER = "sms";
    static final String PASSWORD = "gateway-pass";
    static final String MAIN_KEY = "main-phone-signing-key";
    static final String VIETTEL_KEY = "viettel-phone-signing-key";
    static final String PUBLIC = "https://keng.example.org";
    static final List<String> EVENTS = List.of("sms:received", "sms:sent", "sms:delivered", "sms:failed", "system:ping");
    private static final List<String> CODES = List.of("rcv", "snt", "dlv", "fail", "ping");
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(9_000_000));

    private AndroidGateways() {
    }

    /** A Vinaphone number (091...) nobody else in this JVM got; TestPeople's are Viettel (097...). */
    static PhoneNumber vinaphone() {
        return PhoneNumber.parse(String.format("+8491%07d", NEXT.getAndIncrement() % 10_000_000));
    }

    /** Once the phone's scenario is in this state, it lists this service's webhooks: a check finds nothing to change. */
    static void webhooksInPlace(WireMockExtension gateway, String phone, String scenarioState) {
        StringBuilder json = new StringBuilder("[");
        String url = PUBLIC + "/webhooks/sms/android" + (phone.equals("default") ? "" : "/" + phone);
        for (int i = 0; i < EVENTS.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"keng-").append(phone).append('-').append(CODES.get(i))
                    .append("\",\"url\":\"").append(url).append("\",\"event\":\"").append(EVENTS.get(i)).append("\"}");
        }
        gateway.stubFor(get(urlPathEqualTo(path(phone) + "/webhooks")).inScenario(phone).whenScenarioStateIs(scenarioState)
                .willReturn(aResponse().withStatus(200).withBody(json.append(']').toString())));
    }

    static void accepts(WireMockExtension gateway, String phone) {
        gateway.stubFor(post(urlPathEqualTo(path(phone) + "/message")).willReturn(aResponse().withStatus(202)));
    }

    static String path(String phone) {
        return phone.equals("default") ? "/main" : "/" + phone;
    }

    static String received(String id, PhoneNumber from, String text) {
        return "{\"deviceId\":\"ffffffffceb0b1db00000193991c27e5\",\"event\":\"sms:received\",\"id\":\"" + id + "\","
                + "\"payload\":{\"message\":\"" + text + "\",\"receivedAt\":\"" + Instant.now() + "\","
                + "\"messageId\":\"69bde8d0\",\"phoneNumber\":\"" + from.e164() + "\",\"simNumber\":1},\"webhookId\":\"w1\"}";
    }

    static String ping(String id) {
        return "{\"deviceId\":\"ffffffffceb0b1db00000193991c27e5\",\"event\":\"system:ping\",\"id\":\"" + id + "\","
                + "\"payload\":{\"health\":{\"status\":\"pass\"}},\"webhookId\":\"w5\"}";
    }

    static int signed(MockMvc mvc, String path, String body, String key) throws Exception {
        String now = String.valueOf(Instant.now().getEpochSecond());
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Timestamp", now).header("X-Signature", sign(body + now, key))).andReturn().getResponse().getStatus();
    }

    static String sign(String message, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
