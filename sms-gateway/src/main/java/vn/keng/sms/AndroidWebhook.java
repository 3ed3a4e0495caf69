package vn.keng.sms;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.keng.messaging.DeliveryStatus;

/**
 * The webhooks of "SMS Gateway for Android": {@code POST /webhooks/sms/android} for the default phone,
 * {@code /webhooks/sms/android/<phone>} for a named one, each checked with that phone's signing key
 * (X-Signature, fresh X-Timestamp). {@code sms:received} becomes an inbound message (keyed by the event
 * id, since the app's content-based messageId is not unique) remembered as having come through this
 * phone; {@code sms:sent}, {@code sms:delivered} and {@code sms:failed} become delivery reports;
 * {@code system:ping} and every other authentic event are recorded as the phone's sign of life.
 */
@RestController
@Conditional(ProviderInUse.Android.class)
class AndroidWebhook {

    private static final Logger log = LoggerFactory.getLogger(AndroidWebhook.class);
    static final String PATH = "/webhooks/sms/android";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final AndroidPhones phones;
    private final AndroidSignatures signatures;
    private final InboundSms inbound;
    private final ObjectProvider<AndroidPhoneStates> states;
    private final ObjectProvider<AndroidPhoneWatch> watch;
    private final Clock clock;

    AndroidWebhook(AndroidPhones phones, AndroidSignatures signatures, InboundSms inbound,
            ObjectProvider<AndroidPhoneStates> states, ObjectProvider<AndroidPhoneWatch> watch, Clock clock) {
        this.phones = phones;
        this.signatures = signatures;
        this.inbound = inbound;
        this.states = states;
        this.watch = watch;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestBody(required = false) String body,
            @RequestHeader(name = "X-Signature", required = false) String signature,
            @RequestHeader(name = "X-Timestamp", required = false) String timestamp) {
        return receive(AndroidSettings.DEFAULT_PHONE, body, signature, timestamp);
    }

    @PostMapping(PATH + "/{phone}")
    ResponseEntity<Void> receive(@PathVariable String phone, @RequestBody(required = false) String body,
            @RequestHeader(name = "X-Signature", required = false) String signature,
            @RequestHeader(name = "X-Timestamp", required = false) String timestamp) {
        AndroidPhone from = phones.named(phone).orElse(null);
        if (from == null) {
            // No key of ours can have signed it: refused like any unsigned call, without telling which phones exist.
            log.warn("Android gateway webhook for unknown phone '{}' refused", InboundSms.abbreviate(phone));
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        String raw = body == null ? "" : body;
        if (!signatures.valid(from.signingKey(), raw, timestamp, signature)) {
            log.warn("Android gateway webhook of phone {} refused: missing, wrong or stale X-Signature/X-Timestamp",
                    from.name());
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
        if (kind != null && !kind.isBlank()) {
            alive(from, kind, text(event, "deviceId"));
        }
        HttpStatus status = switch (kind == null ? "" : kind) {
            case "sms:received" -> received(from, text(event, "id"), payload);
            case "sms:sent" -> report(payload, DeliveryStatus.SENT);
            case "sms:delivered" -> report(payload, DeliveryStatus.DELIVERED);
            case "sms:failed" -> report(payload, DeliveryStatus.FAILED);
            case "" -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.OK; // system:ping (recorded above), MMS, data SMS: nothing else to do
        };
        return ResponseEntity.status(status).build();
    }

    /** Records the sign of life; never fails the webhook (a ping not recorded is not worth a retry). */
    private void alive(AndroidPhone phone, String kind, String deviceId) {
        AndroidPhoneStates table = states.getIfAvailable();
        if (table == null) {
            return;
        }
        try {
            table.seen(phone.name(), kind, deviceId, "system:ping".equals(kind), clock.instant());
            AndroidPhoneWatch w = watch.getIfAvailable();
            if (w != null) {
                w.refresh();
            }
        } catch (RuntimeException e) {
            log.warn("Android phone {}: {} could not be recorded as a sign of life: {}", phone.name(),
                    InboundSms.abbreviate(kind), e.toString());
        }
    }

    private HttpStatus received(AndroidPhone phone, String eventId, JsonNode payload) {
        String sender = text(payload, "phoneNumber");
        String message = text(payload, "message");
        if (eventId == null || eventId.isBlank() || sender == null || message == null) {
            return HttpStatus.BAD_REQUEST;
        }
        return inbound.receive("Android gateway", eventId, sender, message, receivedAt(text(payload, "receivedAt")),
                phone.via());
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
