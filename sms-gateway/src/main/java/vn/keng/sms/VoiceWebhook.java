package vn.keng.sms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import com.twilio.security.RequestValidator;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.DeliveryReports;
import vn.keng.messaging.DeliveryStatus;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.Priority;
import vn.keng.messaging.ReplyOption;
import vn.keng.registry.Language;

/**
 * Twilio Voice's webhooks, both signed with {@code X-Twilio-Signature} over {@code keng.voice.public-url}
 * + path + query (the SMS webhook's validator): a wrong or missing signature is 403 and nothing is stored.
 * <ul>
 * <li>{@code POST /webhooks/voice/twilio/gather?outbox=&round=&lang=}: the key pressed in a call. A key
 * the call offered enters the inbound pipeline like an SMS answer (channel VOICE, the callee's phone
 * as sender, provider id CallSid:digit, the option's data as a button would carry it), and the call
 * thanks and ends. No key, or a key not offered: the question once more, then a polite goodbye.</li>
 * <li>{@code POST /webhooks/voice/twilio/status}: how the call ended, recorded on the outbox row as a
 * delivery report: {@code completed} → DELIVERED, {@code busy} / {@code no-answer} → UNDELIVERED,
 * {@code failed} / {@code canceled} → FAILED, with the call status as the error code.</li>
 * </ul>
 */
@RestController
@ConditionalOnBooleanProperty("keng.voice.enabled")
class VoiceWebhook {

    private static final Logger log = LoggerFactory.getLogger(VoiceWebhook.class);

    private final TwilioSignatures signatures;
    private final VoiceTwiml twiml;
    private final ObjectProvider<OutboxQueries> outbox;
    private final ObjectProvider<InboundMessages> inbound;
    private final ObjectProvider<DeliveryReports> reports;
    private final Clock clock;

    VoiceWebhook(VoiceSettings voice, SmsSettings sms, VoiceTwiml twiml, ObjectProvider<OutboxQueries> outbox,
            ObjectProvider<InboundMessages> inbound, ObjectProvider<DeliveryReports> reports, Clock clock) {
        voice.requireComplete(sms.twilio());
        // The SMS webhook's validator, keyed with the account's auth token, over the URL Twilio calls for voice.
        this.signatures = new TwilioSignatures(new RequestValidator(sms.twilio().authToken()), voice.publicBase());
        this.twiml = twiml;
        this.outbox = outbox;
        this.inbound = inbound;
        this.reports = reports;
        this.clock = clock;
    }

    @PostMapping(VoiceSettings.GATHER_PATH)
    ResponseEntity<String> gather(HttpServletRequest request) {
        Optional<Map<String, String>> signed = signatures.signedParams(request);
        if (signed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Map<String, String> params = signed.get();
        String callSid = params.get("CallSid");
        Long outboxId = number(request.getParameter("outbox"));
        if (blank(callSid) || outboxId == null) {
            return ResponseEntity.badRequest().build();
        }
        Language language = Language.fromCode(request.getParameter("lang"));
        Long round = number(request.getParameter("round"));
        OutboxEntry call = find(outboxId);
        if (call == null || call.channel() != ChannelType.VOICE) {
            log.warn("Call {}: key for unknown call outbox {}; ending the call", callSid, outboxId);
            return twiml(twiml.goodbye(language));
        }
        String digits = params.get("Digits");
        String digit = digits == null ? "" : digits.strip();
        Optional<ReplyOption> chosen = call.options().stream()
                .filter(o -> digit.length() == 1 && String.valueOf(o.number()).equals(digit)).findFirst();
        if (chosen.isPresent()) {
            return twiml(answer(callSid, call, digit, chosen.get(), language));
        }
        if (round == null || round < VoiceTwiml.LAST_ROUND) {
            String preface = digit.isEmpty() ? twiml.text("voice.no-key", language, Map.of())
                    : twiml.text("voice.not-offered", language, Map.of("digit", InboundSms.abbreviate(digit)));
            return twiml(twiml.question(call.id(), call.text(), call.options(), language,
                    call.priority() == Priority.ALARM, VoiceTwiml.LAST_ROUND, preface));
        }
        log.info("Call {} (outbox {}): no key offered after the repeat; ending politely", callSid, call.id());
        return twiml(twiml.goodbye(language));
    }

    private String answer(String callSid, OutboxEntry call, String digit, ReplyOption option, Language language) {
        try {
            InboundMessages messages = inbound.getIfAvailable();
            if (messages == null) {
                log.error("Call {}: key {} cannot be stored: no inbound pipeline in this process", callSid, digit);
                return twiml.failed(language);
            }
            var receipt = messages.receive(new InboundMessage(ChannelType.VOICE, callSid + ":" + digit, call.address(),
                    null, digit, null, option.data(), null, clock.instant()));
            log.info("Call {} (outbox {}): key {} -> {} ({})", callSid, call.id(), digit, option.data(), receipt);
            return twiml.thanks(language);
        } catch (RuntimeException e) {
            log.error("Call {}: key {} could not be stored", callSid, digit, e);
            return twiml.failed(language);
        }
    }

    @PostMapping(VoiceSettings.STATUS_PATH)
    ResponseEntity<Void> status(HttpServletRequest request) {
        Optional<Map<String, String>> signed = signatures.signedParams(request);
        if (signed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Map<String, String> params = signed.get();
        String sid = params.get("CallSid");
        String status = params.get("CallStatus");
        if (blank(sid) || blank(status)) {
            return ResponseEntity.badRequest().build();
        }
        String callStatus = status.strip().toLowerCase(Locale.ROOT);
        DeliveryStatus mapped = switch (callStatus) {
            case "completed" -> DeliveryStatus.DELIVERED;
            case "busy", "no-answer" -> DeliveryStatus.UNDELIVERED;
            case "failed", "canceled" -> DeliveryStatus.FAILED;
            default -> null; // queued, initiated, ringing, in-progress: nothing final yet
        };
        if (mapped == null) {
            log.debug("Call {} status '{}' ignored", sid, InboundSms.abbreviate(status));
            return ResponseEntity.ok().build();
        }
        String code = blank(params.get("ErrorCode")) ? callStatus : callStatus + " " + params.get("ErrorCode").strip();
        try {
            DeliveryReports delivery = reports.getIfAvailable();
            if (delivery == null) {
                log.error("Call {} status cannot be recorded: no delivery reports in this process", sid);
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
            }
            if (!delivery.report(ChannelType.VOICE, sid, mapped, code, billedMinutes(callStatus, params.get("CallDuration")))) {
                log.debug("Call status {} of unknown or final call {}", callStatus, sid);
            }
            return ResponseEntity.ok().build();
        } catch (RuntimeException e) {
            log.error("Call {} status could not be recorded: answering 503", sid, e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
    }

    /**
     * The minutes Twilio bills for the call: every started minute of a call picked up (its
     * {@code CallDuration} in seconds, at least one minute), none for one that was not.
     */
    static Integer billedMinutes(String callStatus, String duration) {
        if (!"completed".equals(callStatus)) {
            return 0;
        }
        Long seconds = number(duration);
        if (seconds == null || seconds < 0) {
            return 1;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (seconds + 59) / 60));
    }

    private OutboxEntry find(long outboxId) {
        OutboxQueries queries = outbox.getIfAvailable();
        return queries == null ? null : queries.find(outboxId).orElse(null);
    }

    /** TwiML in UTF-8, said so in the header as in the XML declaration: Vietnamese letters must arrive whole. */
    private static ResponseEntity<String> twiml(String xml) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8)).body(xml);
    }

    private static Long number(String s) {
        try {
            return s == null ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
