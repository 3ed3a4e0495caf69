package vn.keng.messaging;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies provider status callbacks to the outbox. An undelivered or failed alarm or duty message
 * falls back to the person's next channel; a missing "delivered" is never a failure.
 */
@Service
class DeliveryReportService implements DeliveryReports {

    private final Outbox outbox;
    private final Fallbacks fallbacks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeliveryReportService(Outbox outbox, Fallbacks fallbacks, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.fallbacks = fallbacks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean report(ChannelType channel, String providerMessageId, DeliveryStatus status, String errorCode) {
        return report(channel, providerMessageId, status, errorCode, null);
    }

    @Override
    @Transactional
    public boolean report(ChannelType channel, String providerMessageId, DeliveryStatus status, String errorCode,
            Integer units) {
        OutboxEntry row = outbox.findByProvider(channel, providerMessageId).orElse(null);
        if (row == null) {
            return false;
        }
        boolean changed = switch (status) {
            case SENT -> false;
            case DELIVERED -> outbox.markReported(row.id(), OutboxStatus.DELIVERED, null, clock.instant(), units);
            case UNDELIVERED, FAILED -> {
                String reason = "provider reported " + status.name().toLowerCase()
                        + (errorCode == null || errorCode.isBlank() ? "" : " (error " + errorCode + ")");
                if (row.status() != OutboxStatus.SENT && row.status() != OutboxStatus.DELIVERED) {
                    yield false;
                }
                if (row.priority().critical() && fallbacks.fallBack(row, reason)) {
                    yield true;
                }
                yield outbox.markReported(row.id(),
                        status == DeliveryStatus.FAILED ? OutboxStatus.FAILED : OutboxStatus.UNDELIVERED, reason,
                        clock.instant(), units);
            }
        };
        if (changed) {
            events.publishEvent(new MessageActivity(row.personId(), row.channel(), row.address()));
        }
        return true;
    }
}
