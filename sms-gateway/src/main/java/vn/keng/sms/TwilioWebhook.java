package vn.keng.sms;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
        Map<String, String> params = formParams(request);
        if (!authentic(request, params)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        String sid = params.get("MessageSid");
        String from = params.get("From");
        String body = params.get("Body");
        if (blank(sid) || blank(from) || body == null) {
            return ResponseEntity.badRequest().build();
        }
        HttpStatus status = inbound.receive("Twilio", sid, from, body, clock.instant());
        if (status != HttpStatus.OK) {
            return ResponseEntity.status(status).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EMPTY_TWIML);
    }

    @PostMapping(TwilioSettings.STATUS_PATH)
    ResponseEntity<Void> status(HttpServletRequest request) {
        Map<String, String> params = formParams(request);
        if (!authentic(request, params)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
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

    private boolean authentic(HttpServletRequest request, Map<String, String> params) {
        boolean valid = signatures.valid(request.getRequestURI(), request.getQueryString(), params,
                request.getHeader("X-Twilio-Signature"));
        if (!valid) {
            log.warn("Twilio webhook {} refused: missing or wrong X-Twilio-Signature", request.getRequestURI());
        }
        return valid;
    }

    /** The POST parameters Twilio signed: the request's parameters less those of the query string. */
    private static Map<String, String> formParams(HttpServletRequest request) {
        Set<String> queryNames = new HashSet<>();
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                queryNames.add(java.net.URLDecoder.decode(pair.split("=", 2)[0], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!queryNames.contains(name) && values.length > 0) {
                params.put(name, values[0]);
            }
        });
        return params;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
