package vn.keng.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.DeliveryStatus;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.messaging.Priority;
import vn.keng.messaging.ReplyOption;
import vn.keng.messaging.Templates;
import vn.keng.registry.People;

@WebMvcTest(controllers = VoiceWebhook.class, properties = {
        "keng.voice.enabled=true",
        "keng.voice.from=" + VoiceChannelSenderTest.VOICE_FROM,
        "keng.voice.public-url=" + VoiceChannelSenderTest.VOICE_URL,
        "keng.sms.twilio.account-sid=" + TwilioApiFake.ACCOUNT,
        "keng.sms.twilio.auth-token=" + TwilioApiFake.TOKEN})
@Import({ SmsConfiguration.class, VoiceConfiguration.class, SmsTestBeans.class, Templates.class })
class VoiceWebhookTest {

    private static final String GATHER = "/webhooks/voice/twilio/gather";
    private static final String STATUS = "/webhooks/voice/twilio/status";
    private static final String CALL_SID = "CA0000000000000000000000000000000a";

    @Autowired MockMvc mvc;
    @Autowired RecordingInboundMessages inbound;
    @Autowired RecordingDeliveryReports reports;
    @MockitoBean OutboxQueries outbox;
    @MockitoBean People people;

    @BeforeEach
    void aCallOfAnAlarm() {
        inbound.reset();
        reports.reset();
        when(outbox.find(42L)).thenReturn(Optional.of(call(42, ChannelType.VOICE)));
        when(outbox.find(43L)).thenReturn(Optional.of(call(43, ChannelType.SMS)));
    }

    @Test
    void anOfferedKeyEntersThePipelineAsTheCalleesAnswerAndTheCallThanksAndEnds() throws Exception {
        signed(GATHER + "?outbox=42&round=1&lang=vi", gather("1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Kẻng đã ghi nhận"),
                        org.hamcrest.Matchers.containsString("<Hangup/>"))));

        assertThat(inbound.accepted).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(ChannelType.VOICE);
            assertThat(m.providerMessageId()).isEqualTo(CALL_SID + ":1");
            assertThat(m.senderAddress()).isEqualTo("+84912345678");
            assertThat(m.text()).isEqualTo("1");
            assertThat(m.buttonData()).isEqualTo("incident:coming:9");
        });

        inbound.answer = InboundMessages.Receipt.DUPLICATE; // the core has seen this call's key press
        signed(GATHER + "?outbox=42&round=1&lang=vi", gather("1")).andExpect(status().isOk()); // Twilio repeats itself
        assertThat(inbound.calls).hasSize(2).extracting(m -> m.providerMessageId()).containsOnly(
                inbound.calls.get(0).providerMessageId());
        assertThat(inbound.accepted).hasSize(1);
    }

    @Test
    void aWrongOrMissingSignatureIs403AndNothingIsStored() throws Exception {
        Map<String, String> params = gather("1");
        String path = GATHER + "?outbox=42&round=1&lang=vi";
        send(path, params, signature(path, params, "another-token")).andExpect(status().isForbidden());
        send(path, params, signature(GATHER + "?outbox=43&round=1&lang=vi", params, TwilioApiFake.TOKEN))
                .andExpect(status().isForbidden());
        Map<String, String> tampered = new LinkedHashMap<>(params);
        tampered.put("Digits", "2");
        send(path, tampered, signature(path, params, TwilioApiFake.TOKEN)).andExpect(status().isForbidden());
        send(path, params, null).andExpect(status().isForbidden());
        send(STATUS, callStatus("no-answer"), null).andExpect(status().isForbidden());
        assertThat(inbound.calls).isEmpty();
        assertThat(reports.reports).isEmpty();
    }

    @Test
    void aKeyNotOfferedRepeatsTheQuestionOnceThenEndsPolitely() throws Exception {
        String first = signed(GATHER + "?outbox=42&round=1&lang=vi", gather("7")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("Phím 7 không có trong lựa chọn")
                .contains("<Gather", "numDigits=\"1\"", "round=2")
                .contains("Kẻng báo động cháy tại nhà kho").contains("Bấm phím 1: Tôi đến ngay.")
                .doesNotContain("<Hangup/>");

        String second = signed(GATHER + "?outbox=42&round=2&lang=vi", gather("7")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("Xin chào").contains("<Hangup/>").doesNotContain("<Gather");
        assertThat(inbound.calls).isEmpty();
    }

    @Test
    void noKeyAtAllAlsoRepeatsOnceAndEnglishSpeakersHearEnglish() throws Exception {
        Map<String, String> noKey = gather(null);
        String first = signed(GATHER + "?outbox=42&round=1&lang=en", noKey).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("did not hear a key").contains("<Say language=\"en-US\">").contains("round=2");
        String second = signed(GATHER + "?outbox=42&round=2&lang=en", noKey).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("Goodbye").contains("<Hangup/>");
        assertThat(inbound.calls).isEmpty();
    }

    @Test
    void aKeyForSomethingThatIsNoCallEndsTheCallAndAMissingCallSidIs400() throws Exception {
        signed(GATHER + "?outbox=43&round=1&lang=vi", gather("1")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<Hangup/>")));
        signed(GATHER + "?outbox=44&round=1&lang=vi", gather("1")).andExpect(status().isOk());
        signed(GATHER + "?outbox=42&round=1&lang=vi", Map.of("Digits", "1")).andExpect(status().isBadRequest());
        signed(GATHER + "?round=1", gather("1")).andExpect(status().isBadRequest());
        assertThat(inbound.calls).isEmpty();
    }

    @Test
    void aFailingCoreIsToldToTheCallerNotHiddenBehindA500() throws Exception {
        inbound.failing = true;
        signed(GATHER + "?outbox=42&round=1&lang=vi", gather("2")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("chưa ghi được")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "completed:DELIVERED", "busy:UNDELIVERED", "no-answer:UNDELIVERED", "failed:FAILED",
            "canceled:FAILED" })
    void recordsHowTheCallEnded(String mapping) throws Exception {
        String[] parts = mapping.split(":");
        signed(STATUS, callStatus(parts[0])).andExpect(status().isOk());
        assertThat(reports.reports).singleElement().satisfies(r -> {
            assertThat(r.channel()).isEqualTo(ChannelType.VOICE);
            assertThat(r.providerMessageId()).isEqualTo(CALL_SID);
            assertThat(r.status()).isEqualTo(DeliveryStatus.valueOf(parts[1]));
            assertThat(r.errorCode()).isEqualTo(parts[0]);
            assertThat(r.units()).as("minutes billed").isEqualTo(parts[0].equals("completed") ? 1 : 0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "1:1", "59:1", "60:1", "61:2", "185:4" })
    void aCallPickedUpIsBilledPerStartedMinute(String secondsAndMinutes) throws Exception {
        String[] parts = secondsAndMinutes.split(":");
        Map<String, String> params = callStatus("completed");
        params.put("CallDuration", parts[0]);
        signed(STATUS, params).andExpect(status().isOk());
        assertThat(reports.reports).singleElement().satisfies(r -> assertThat(r.units()).isEqualTo(Integer.valueOf(parts[1])));
    }

    @Test
    void progressBeforeTheEndIsIgnoredMissingFieldsAre400AndAFailingCoreIs503() throws Exception {
        signed(STATUS, callStatus("ringing")).andExpect(status().isOk());
        signed(STATUS, callStatus("in-progress")).andExpect(status().isOk());
        assertThat(reports.reports).isEmpty();
        signed(STATUS, Map.of("CallStatus", "completed")).andExpect(status().isBadRequest());
        reports.failing = true;
        signed(STATUS, callStatus("completed")).andExpect(status().isServiceUnavailable());
    }

    static OutboxEntry call(long id, ChannelType channel) {
        return new OutboxEntry(id, channel, "+84912345678", 5L, "incident.call",
                "Kẻng báo động cháy tại nhà kho, Thôn Đông.", List.of(new ReplyOption(1, "Tôi đến ngay",
                        "incident:coming:9"), new ReplyOption(2, "Không thể", "incident:cannot:9")), Priority.ALARM,
                "INCIDENT", 9L, OutboxStatus.SENT, 1, Instant.now(), null, CALL_SID, 1, null, null, Instant.now(),
                Instant.now(), null, 0);
    }

    private static Map<String, String> gather(String digits) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", CALL_SID);
        params.put("AccountSid", TwilioApiFake.ACCOUNT);
        params.put("From", VoiceChannelSenderTest.VOICE_FROM);
        params.put("To", "+84912345678");
        params.put("Direction", "outbound-api");
        params.put("CallStatus", "in-progress");
        if (digits != null) {
            params.put("Digits", digits);
            params.put("FinishedOnKey", "");
        }
        return params;
    }

    private static Map<String, String> callStatus(String callStatus) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", CALL_SID);
        params.put("AccountSid", TwilioApiFake.ACCOUNT);
        params.put("To", "+84912345678");
        params.put("CallStatus", callStatus);
        params.put("CallDuration", "0");
        return params;
    }

    private ResultActions signed(String pathAndQuery, Map<String, String> params) throws Exception {
        return send(pathAndQuery, params, signature(pathAndQuery, params, TwilioApiFake.TOKEN));
    }

    private ResultActions send(String pathAndQuery, Map<String, String> params, String signature) throws Exception {
        return mvc.perform(TwilioRequests.form(pathAndQuery, params, signature));
    }

    static String signature(String pathAndQuery, Map<String, String> params, String token) throws Exception {
        return TwilioRequests.signature(VoiceChannelSenderTest.VOICE_URL, pathAndQuery, params, token);
    }
}
