package vn.keng.sms;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Twilio's webhooks: inbound SMS ({@code POST /webhooks/sms/twilio}, answered with an empty TwiML
 * {@code <Response/>}: replies go through the outbox) and status callbacks
 * ({@code POST /webhooks/sms/twilio/status}). Both must carry a valid {@code X-Twilio-Signature}.
 */
@RestController
@Conditional(ProviderInUse.Twilio.class)
class TwilioWebhook {

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhook.class);
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final TwilioSignatures signatures;
    private final InboundSms inbound;
    private final Clock clock;

    TwilioWebhook(TwilioSignatures signatures, InboundSms inbound, Clock clock) {
        this.signatures = signatures;
        this.inbound = inbound;
        this.clock = clock;
    }

    @PostMapping(TwilioSettings.INBOUND_PATH)
    ResponseEntity<String> receive(HttpServletRequest request) {
        Optional<Map<String, String>> signed = signatures.signedParams(request);
        if (signed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Map<String, String> params = signed.get();
        String sid = params.get("MessageSid");
        String from = params.get("From");
        String body = params.get("Body");
        if (blank(sid) || blank(from) || body == null) {
            return ResponseEntity.badRequest().build();
        }
        HttpStatus status = inbound.receive("Twilio", sid, from, body, clock.instant(),
                ProviderKind.TWILIO.key());
        if (status != HttpStatus.OK) {
            return ResponseEntity.status(status).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EMPTY_TWIML);
    }

    @PostMapping(TwilioSettings.STATUS_PATH)
    ResponseEntity<Void> status(HttpServletRequest request) {
        Optional<Map<String, String>> signed = signatures.signedParams(request);
        if (signed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Map<String, String> params = signed.get();
        String sid = params.get("MessageSid");
        String status = params.get("MessageStatus");
        if (blank(sid) || blank(status)) {
            return ResponseEntity.badRequest().build();
        }
        var mapped = TwilioStatuses.map(status);
        if (mapped.isEmpty()) {
            log.debug("Twilio status '{}' of {} ignored", InboundSms.abbreviate(status), sid);
            return ResponseEntity.ok().build();
        }
        return ResponseEntity.status(inbound.report("Twilio", sid, mapped.get(), params.get("ErrorCode"))).build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
