package vn.keng.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A NUL or another control character in a provider's message id (Twilio MessageSid, the Android
 * gateway's event id) is acknowledged 2xx and the message stored with the id escaped: a 5xx would
 * make the provider deliver it again for days. On PostgreSQL (-Pintegration) this was a 503.
 */
@RealProvidersTest
class ProviderIdWebhookTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twilioMessageSidWithANulIsAcknowledgedAndStoredEscaped() throws Exception {
        String prefix = "SM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> params = new TreeMap<>(Map.of("MessageSid", prefix + "\u0000\u0001", "From", "+84913010200",
                "Body", "TRO GIUP", "To", "+15005550006"));
        String url = RealProvidersTest.PUBLIC_URL + "/webhooks/sms/twilio";
        StringBuilder signed = new StringBuilder(url);
        params.forEach((k, v) -> signed.append(k).append(v));
        String signature = Base64.getEncoder().encodeToString(hmac("HmacSHA1", RealProvidersTest.TWILIO_TOKEN, signed.toString()));
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/sms/twilio"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", signature)
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(storedIds(prefix)).containsExactly(prefix + "\\u0000\\u0001");
    }

    @Test
    void androidEventIdWithANulIsAcknowledgedAndStoredEscaped() throws Exception {
        String prefix = "ev-" + UUID.randomUUID();
        String body = "{\"event\":\"sms:received\",\"id\":\"" + prefix + "\\u0000\",\"payload\":{\"phoneNumber\":"
                + "\"+84913010300\",\"message\":\"TRO GIUP\",\"receivedAt\":\"2026-11-29T10:00:00+07:00\"}}";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = HexFormat.of().formatHex(hmac("HmacSHA256", RealProvidersTest.ANDROID_KEY, body + timestamp));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/sms/android"))
                .header("Content-Type", "application/json").header("X-Signature", signature).header("X-Timestamp", timestamp)
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(storedIds(prefix)).containsExactly(prefix + "\\u0000");
    }

    private java.util.List<String> storedIds(String prefix) {
        return jdbc.queryForList("select provider_message_id from inbound_message where provider_message_id like ?",
                String.class, prefix + "%");
    }

    private static byte[] hmac(String algorithm, String key, String message) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
