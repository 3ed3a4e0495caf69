package vn.keng.sms;

import java.util.Locale;
import java.util.Optional;

import vn.keng.messaging.DeliveryStatus;

/** Twilio's MessageStatus values as outbox delivery statuses; statuses before sending mean nothing new. */
final class TwilioStatuses {

    private TwilioStatuses() {
    }

    static Optional<DeliveryStatus> map(String status) {
        return Optional.ofNullable(switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "accepted", "scheduled", "queued", "sending", "sent" -> DeliveryStatus.SENT;
            case "delivered", "read" -> DeliveryStatus.DELIVERED;
            case "undelivered" -> DeliveryStatus.UNDELIVERED;
            case "failed", "canceled" -> DeliveryStatus.FAILED;
            default -> null;
        });
    }
}
