package vn.keng.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.DeliveryStatus;

@WebMvcTest(controllers = AndroidWebhook.class, properties = {
        "keng.sms.provider=console",
        "keng.sms.routes.84=android",
        "keng.sms.android.url=http://127.0.0.1:9",
        "keng.sms.android.username=" + AndroidGatewayFake.USER,
        "keng.sms.android.password=" + AndroidGatewayFake.PASSWORD,
        "keng.sms.android.signing-key=" + AndroidGatewayFake.SIGNING_KEY,
        "keng.sms.android.phones.viettel.url=http://127.0.0.1:10",
        "keng.sms.android.phones.viettel.signing-key=" + AndroidWebhookTest.VIETTEL_KEY,
        "keng.sms.android.phones.viettel.carriers=VIETTEL" })
@Import({ SmsConfiguration.class, AndroidConfiguration.class, SmsTestBeans.class })
class AndroidWebhookTest {

    static final String VIETTEL_KEY = "viettel-phone-signing-key";

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordingInboundMessages inbound;
    @Autowired
    RecordingDeliveryReports reports;

    @BeforeEach
    void reset() {
        inbound.reset();
        reports.reset();
    }

    @Test
    void acceptsASignedReceivedSms() throws Exception {
        signed(received("ev-1", "0912345678", "Da danh keng")).andExpect(status().isOk());
        assertThat(inbound.accepted).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(ChannelType.SMS);
            assertThat(m.providerMessageId()).isEqualTo("ev-1");
            assertThat(m.senderAddress()).isEqualTo("+84912345678");
            assertThat(m.text()).isEqualTo("Da danh keng");
            assertThat(m.receivedAt()).isEqualTo(Instant.parse("2026-03-14T00:29:55Z"));
            assertThat(m.via()).isEqualTo("android:default");
        });
    }

    @Test
    void aNamedPhoneHasItsOwnPathAndKeyAndItsMessagesRememberIt() throws Exception {
        String body = received("ev-v1", "0961234567", "1");
        String now = String.valueOf(Instant.now().getEpochSecond());
        send(AndroidWebhook.PATH + "/viettel", body, now, sign(body + now, AndroidGatewayFake.SIGNING_KEY))
                .andExpect(status().isForbidden());
        send(AndroidWebhook.PATH, body, now, sign(body + now, VIETTEL_KEY)).andExpect(status().isForbidden());
        assertThat(inbound.calls).isEmpty();

        send(AndroidWebhook.PATH + "/viettel", body, now, sign(body + now, VIETTEL_KEY)).andExpect(status().isOk());
        assertThat(inbound.accepted).singleElement().satisfies(m -> {
            assertThat(m.senderAddress()).isEqualTo("+84961234567");
            assertThat(m.via()).isEqualTo("android:viettel");
        });
    }

    @Test
    void aPhoneNobodyConfiguredIsRefusedLikeAForgery() throws Exception {
        String body = received("ev-x", "0961234567", "1");
        String now = String.valueOf(Instant.now().getEpochSecond());
        send(AndroidWebhook.PATH + "/mobifone", body, now, sign(body + now, AndroidGatewayFake.SIGNING_KEY))
                .andExpect(status().isForbidden());
        assertThat(inbound.calls).isEmpty();
    }

    @Test
    void refusesWrongMissingOrStaleSignatures() throws Exception {
        String body = received("ev-2", "+84912345678", "1");
        String now = String.valueOf(Instant.now().getEpochSecond());
        send(body, now, sign(body + now, "another-key")).andExpect(status().isForbidden());
        send(body, now, null).andExpect(status().isForbidden());
        send(body, null, sign(body + now, AndroidGatewayFake.SIGNING_KEY)).andExpect(status().isForbidden());
        send(body.replace("\"1\"", "\"2\""), now, sign(body + now, AndroidGatewayFake.SIGNING_KEY))
                .andExpect(status().isForbidden());
        String old = String.valueOf(Instant.now().minusSeconds(3600).getEpochSecond());
        send(body, old, sign(body + old, AndroidGatewayFake.SIGNING_KEY)).andExpect(status().isForbidden());
        assertThat(inbound.calls).isEmpty();
    }

    @Test
    void passesAReplayToTheCoreUnderTheSameIdAndAnswersItsDuplicateWith200() throws Exception {
        String body = received("ev-3", "+84912345678", "1");
        signed(body).andExpect(status().isOk());
        inbound.answer = InboundMessages.Receipt.DUPLICATE; // what the core answers a provider id it has seen
        signed(body).andExpect(status().isOk());
        assertThat(inbound.calls).hasSize(2).extracting(m -> m.providerMessageId()).containsOnly(
                inbound.calls.get(0).providerMessageId());
        assertThat(inbound.accepted).hasSize(1);
    }

    @Test
    void keepsAPromotionFromALetterNamedSenderWithout400SoTheGatewayStopsDeliveringIt() throws Exception {
        signed(received("ev-5", "VIETTEL", "KM 50% the cao hom nay")).andExpect(status().isOk());
        inbound.answer = InboundMessages.Receipt.DUPLICATE; // the core keeps it once
        signed(received("ev-5", "VIETTEL", "KM 50% the cao hom nay")).andExpect(status().isOk());
        assertThat(inbound.calls).hasSize(2);
        assertThat(inbound.kept).singleElement().satisfies(m -> assertThat(m.senderAddress()).isEqualTo("VIETTEL"));
        assertThat(inbound.accepted).isEmpty();
    }

    @Test
    void refusesBadBodiesWith400() throws Exception {
        signed("").andExpect(status().isBadRequest());
        signed("not json").andExpect(status().isBadRequest());
        signed("[]").andExpect(status().isBadRequest());
        signed("{\"id\":\"ev-4\",\"payload\":{}}").andExpect(status().isBadRequest());
        signed("{\"event\":\"sms:received\",\"payload\":{\"message\":\"1\",\"phoneNumber\":\"+84912345678\"}}")
                .andExpect(status().isBadRequest());
        signed("{\"event\":\"sms:delivered\",\"id\":\"ev-6\",\"payload\":{}}").andExpect(status().isBadRequest());
        assertThat(inbound.calls).isEmpty();
        assertThat(reports.reports).isEmpty();
    }

    @Test
    void passesALongMessageAndAnEmptyOneOn() throws Exception {
        String text = "CHAY NHA ".repeat(178).substring(0, 1600);
        signed(received("ev-7", "+84912345678", text)).andExpect(status().isOk());
        signed(received("ev-8", "+84912345678", "")).andExpect(status().isOk());
        assertThat(inbound.accepted).extracting(m -> m.text().length()).containsExactly(1600, 0);
    }

    @Test
    void answers503WhenTheCoreCannotStore() throws Exception {
        inbound.failing = true;
        signed(received("ev-9", "+84912345678", "1")).andExpect(status().isServiceUnavailable());
    }

    @ParameterizedTest
    @CsvSource({ "sms:sent,SENT,", "sms:delivered,DELIVERED,", "sms:failed,FAILED,RESULT_ERROR_GENERIC_FAILURE" })
    void mapsStatusEventsToDeliveryReports(String event, DeliveryStatus expected, String reason) throws Exception {
        String body = "{\"deviceId\":\"d1\",\"event\":\"" + event + "\",\"id\":\"ev-s\",\"payload\":{\"messageId\":\"keng-42\","
                + "\"phoneNumber\":\"+84912345678\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "},"
                + "\"webhookId\":\"w1\"}";
        signed(body).andExpect(status().isOk());
        assertThat(reports.reports).singleElement().satisfies(r -> {
            assertThat(r.providerMessageId()).isEqualTo("keng-42");
            assertThat(r.status()).isEqualTo(expected);
            assertThat(r.errorCode()).isEqualTo(reason);
        });
    }

    @Test
    void acknowledgesAPingWithoutHandingAnythingToTheCore() throws Exception {
        signed("{\"event\":\"system:ping\",\"id\":\"p1\",\"payload\":{\"health\":{}}}").andExpect(status().isOk());
        assertThat(inbound.calls).isEmpty();
    }

    /** The shape the app documents for sms:received. */
    private static String received(String id, String phone, String message) {
        return "{\"deviceId\":\"ffffffffceb0b1db00000193991c27e5\",\"event\":\"sms:received\",\"id\":\"" + id + "\","
                + "\"payload\":{\"message\":\"" + message + "\",\"receivedAt\":\"2026-03-14T07:29:55.000+07:00\","
                + "\"messageId\":\"69bde8d0\",\"phoneNumber\":\"" + phone + "\",\"simNumber\":1},\"webhookId\":\"w1\"}";
    }

    private ResultActions signed(String body) throws Exception {
        String now = String.valueOf(Instant.now().getEpochSecond());
        return send(body, now, sign(body + now, AndroidGatewayFake.SIGNING_KEY));
    }

    private ResultActions send(String body, String timestamp, String signature) throws Exception {
        return send(AndroidWebhook.PATH, body, timestamp, signature);
    }

    private ResultActions send(String path, String body, String timestamp, String signature) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        if (timestamp != null) {
            request.header("X-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Signature", signature);
        }
        return mvc.perform(request);
    }

    /** The app's documented scheme: hex HMAC-SHA256 of the raw body followed by X-Timestamp. */
    private static String sign(String message, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
