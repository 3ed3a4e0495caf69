package vn.keng.sms;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.keng.messaging.DeliveryStatus;

/**
 * The webhook of "SMS Gateway for Android" ({@code POST /webhooks/sms/android}), registered in the
 * app once per event: {@code sms:received} becomes an inbound message (keyed by the event id, since
 * the app's content-based messageId is not unique), {@code sms:sent}, {@code sms:delivered} and
 * {@code sms:failed} become delivery reports. Requests must carry a valid X-Signature and a fresh X-Timestamp.
 */
@RestController
@Conditional(ProviderInUse.Android.class)
class AndroidWebhook {

    private static final Logger log = LoggerFactory.getLogger(AndroidWebhook.class);
    static final String PATH = "/webhooks/sms/android";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final AndroidSignatures signatures;
    private final InboundSms inbound;
    private final Clock clock;

    AndroidWebhook(AndroidSignatures signatures, InboundSms inbound, Clock clock) {
        this.signatures = signatures;
        this.inbound = inbound;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestBody(required = false) String body,
            @RequestHeader(name = "X-Signature", required = false) String signature,
            @RequestHeader(name = "X-Timestamp", required = false) String timestamp) {
        String raw = body == null ? "" : body;
        if (!signatures.valid(raw, timestamp, signature)) {
            log.warn("Android gateway webhook refused: missing, wrong or stale X-Signature/X-Timestamp");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        JsonNode event;
        try {
            event = JSON.readTree(raw);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().build();
        }
        if (event == null || !event.isObject()) {
            return ResponseEntity.badRequest().build();
        }
        JsonNode payload = event.path("payload");
        String kind = text(event, "event");
        HttpStatus status = switch (kind == null ? "" : kind) {
            case "sms:received" -> received(text(event, "id"), payload);
            case "sms:sent" -> report(payload, DeliveryStatus.SENT);
            case "sms:delivered" -> report(payload, DeliveryStatus.DELIVERED);
            case "sms:failed" -> report(payload, DeliveryStatus.FAILED);
            case "" -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.OK; // system:ping, MMS, data SMS: nothing to do
        };
        return ResponseEntity.status(status).build();
    }

    private HttpStatus received(String eventId, JsonNode payload) {
        String sender = text(payload, "phoneNumber");
        String message = text(payload, "message");
        if (eventId == null || eventId.isBlank() || sender == null || message == null) {
            return HttpStatus.BAD_REQUEST;
        }
        return inbound.receive("Android gateway", eventId, sender, message, receivedAt(text(payload, "receivedAt")));
    }

    private HttpStatus report(JsonNode payload, DeliveryStatus status) {
        String messageId = text(payload, "messageId");
        if (messageId == null || messageId.isBlank()) {
            return HttpStatus.BAD_REQUEST;
        }
        String reason = text(payload, "reason");
        if (reason != null && reason.length() > 64) {
            reason = reason.substring(0, 64);
        }
        return inbound.report("Android gateway", messageId, status, reason);
    }

    private Instant receivedAt(String value) {
        if (value != null) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                log.debug("Android gateway receivedAt '{}' not understood", InboundSms.abbreviate(value));
            }
        }
        return clock.instant();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
