package vn.keng.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.DeliveryStatus;

@WebMvcTest(controllers = TwilioWebhook.class, properties = {
        "keng.sms.provider=twilio",
        "keng.sms.twilio.account-sid=" + TwilioApiFake.ACCOUNT,
        "keng.sms.twilio.auth-token=" + TwilioApiFake.TOKEN,
        "keng.sms.twilio.from=" + TwilioApiFake.FROM,
        "keng.sms.twilio.public-url=" + TwilioApiFake.PUBLIC_URL + "/"})
@Import({ SmsConfiguration.class, TwilioConfiguration.class, SmsTestBeans.class })
class TwilioWebhookTest {

    private static final String INBOUND = "/webhooks/sms/twilio";
    private static final String STATUS = "/webhooks/sms/twilio/status";

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
    void acceptsASignedInboundSmsAndAnswersEmptyTwiml() throws Exception {
        signed(INBOUND, sms("SM1", "+84912345678", "1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(content().string(TwilioWebhook.EMPTY_TWIML));

        assertThat(inbound.accepted).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(ChannelType.SMS);
            assertThat(m.providerMessageId()).isEqualTo("SM1");
            assertThat(m.senderAddress()).isEqualTo("+84912345678");
            assertThat(m.text()).isEqualTo("1");
        });
    }

    @Test
    void refusesAWrongSignature() throws Exception {
        Map<String, String> params = sms("SM2", "+84912345678", "CHAY NHA");
        send(INBOUND, params, signature(INBOUND, params, "another-token")).andExpect(status().isForbidden());
        send(INBOUND, params, signature("/webhooks/sms/other", params, TwilioApiFake.TOKEN)).andExpect(status().isForbidden());
        Map<String, String> tampered = new LinkedHashMap<>(params);
        String good = signature(INBOUND, params, TwilioApiFake.TOKEN);
        tampered.put("Body", "BAO CHAY GIA");
        send(INBOUND, tampered, good).andExpect(status().isForbidden());
        assertThat(inbound.calls).isEmpty();
    }

    @Test
    void refusesAMissingSignature() throws Exception {
        send(INBOUND, sms("SM3", "+84912345678", "OK"), null).andExpect(status().isForbidden());
        send(STATUS, Map.of("MessageSid", "SM3", "MessageStatus", "delivered"), null).andExpect(status().isForbidden());
        assertThat(inbound.calls).isEmpty();
        assertThat(reports.reports).isEmpty();
    }

    @Test
    void passesAReplayToTheCoreUnderTheSameIdAndAnswersItsDuplicateWithAnEmptyReply() throws Exception {
        Map<String, String> params = sms("SM4", "0912345678", "1");
        signed(INBOUND, params).andExpect(status().isOk());
        inbound.answer = InboundMessages.Receipt.DUPLICATE; // what the core answers a provider id it has seen
        signed(INBOUND, params).andExpect(status().isOk()).andExpect(content().string(TwilioWebhook.EMPTY_TWIML));

        assertThat(inbound.calls).hasSize(2).extracting(m -> m.providerMessageId()).containsOnly("SM4");
        assertThat(inbound.accepted).hasSize(1);
    }

    @Test
    void refusesMissingFieldsWith400() throws Exception {
        signed(INBOUND, Map.of("From", "+84912345678", "Body", "1")).andExpect(status().isBadRequest());
        signed(INBOUND, Map.of("MessageSid", "SM5", "Body", "1")).andExpect(status().isBadRequest());
        signed(INBOUND, Map.of("MessageSid", "SM5", "From", "+84912345678")).andExpect(status().isBadRequest());
        signed(INBOUND, Map.of()).andExpect(status().isBadRequest());
        assertThat(inbound.calls).isEmpty();
    }

    @Test
    void passesAnEmptyBodyOn() throws Exception {
        signed(INBOUND, sms("SM6", "+84912345678", "")).andExpect(status().isOk());
        assertThat(inbound.accepted).singleElement().satisfies(m -> assertThat(m.text()).isEmpty());
    }

    @Test
    void passesALongConcatenatedSmsWhole() throws Exception {
        String text = ("CHAY NHA ONG BA THON 3 GAN CHO, " + "x".repeat(1568)).substring(0, 1600);
        signed(INBOUND, sms("SM7", "+84912345678", text)).andExpect(status().isOk());
        assertThat(inbound.accepted).singleElement().satisfies(m -> assertThat(m.text()).hasSize(1600).isEqualTo(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+84912345678", "0912345678", "84912345678", "+84 912 345 678", "0912.345.678",
            "0084912345678", "(091) 234-5678" })
    void normalisesEveryLocalFormatToE164(String from) throws Exception {
        signed(INBOUND, sms("SM-" + from.hashCode(), from, "OK")).andExpect(status().isOk());
        assertThat(inbound.accepted).singleElement().satisfies(m -> assertThat(m.senderAddress()).isEqualTo("+84912345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "VIETTEL", "12", "+", "0912345678901234567890", "abc0912345678" })
    void keepsASenderThatIsNoPhoneNumberWithoutHandlingIt(String from) throws Exception {
        signed(INBOUND, sms("SM8", from, "OK")).andExpect(status().isOk());
        assertThat(inbound.kept).singleElement().satisfies(m -> assertThat(m.senderAddress()).isEqualTo(from));
        assertThat(inbound.accepted).isEmpty();
    }

    @Test
    void refusesABlankSenderWith400() throws Exception {
        signed(INBOUND, sms("SM8", " ", "OK")).andExpect(status().isBadRequest());
        assertThat(inbound.calls).isEmpty();
    }

    @Test
    void answers503WhenTheCoreCannotStoreSoTwilioRetries() throws Exception {
        inbound.failing = true;
        signed(INBOUND, sms("SM9", "+84912345678", "1")).andExpect(status().isServiceUnavailable());
    }

    @ParameterizedTest
    @ValueSource(strings = { "queued:SENT", "sending:SENT", "sent:SENT", "delivered:DELIVERED",
            "undelivered:UNDELIVERED", "failed:FAILED" })
    void mapsStatusCallbacks(String mapping) throws Exception {
        String[] parts = mapping.split(":");
        Map<String, String> params = new LinkedHashMap<>(Map.of("MessageSid", "SM10", "MessageStatus", parts[0],
                "AccountSid", TwilioApiFake.ACCOUNT));
        if (parts[0].equals("undelivered")) {
            params.put("ErrorCode", "30003");
        }
        signed(STATUS, params).andExpect(status().isOk());
        assertThat(reports.reports).singleElement().satisfies(r -> {
            assertThat(r.channel()).isEqualTo(ChannelType.SMS);
            assertThat(r.providerMessageId()).isEqualTo("SM10");
            assertThat(r.status()).isEqualTo(DeliveryStatus.valueOf(parts[1]));
            assertThat(r.errorCode()).isEqualTo(parts[0].equals("undelivered") ? "30003" : null);
        });
    }

    @Test
    void statusCallbackWithoutItsFieldsIs400AndAFailingCoreIs503() throws Exception {
        signed(STATUS, Map.of("MessageStatus", "delivered")).andExpect(status().isBadRequest());
        reports.failing = true;
        signed(STATUS, Map.of("MessageSid", "SM11", "MessageStatus", "delivered")).andExpect(status().isServiceUnavailable());
    }

    private static Map<String, String> sms(String sid, String from, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("AccountSid", TwilioApiFake.ACCOUNT);
        params.put("From", from);
        params.put("To", TwilioApiFake.FROM);
        params.put("Body", body);
        params.put("NumSegments", "1");
        return params;
    }

    private ResultActions signed(String path, Map<String, String> params) throws Exception {
        return send(path, params, signature(path, params, TwilioApiFake.TOKEN));
    }

    private ResultActions send(String path, Map<String, String> params, String signature) throws Exception {
        return mvc.perform(TwilioRequests.form(path, params, signature));
    }

    static String signature(String path, Map<String, String> params, String token) throws Exception {
        return TwilioRequests.signature(TwilioApiFake.PUBLIC_URL, path, params, token);
    }
}
