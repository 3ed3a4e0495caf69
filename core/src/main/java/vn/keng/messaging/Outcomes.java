package vn.keng.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records what the channels said about a batch of sends, in one transaction. */
@Component
class Outcomes {

    private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

    private final Outbox outbox;
    private final Fallbacks fallbacks;
    private final MessagingSettings settings;
    private final ApplicationEventPublisher events;
    private final MessagingMetrics metrics;
    private final Clock clock;

    Outcomes(Outbox outbox, Fallbacks fallbacks, MessagingSettings settings, ApplicationEventPublisher events,
            MessagingMetrics metrics, Clock clock) {
        this.outbox = outbox;
        this.fallbacks = fallbacks;
        this.settings = settings;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    void record(List<Result> results) {
        Instant now = clock.instant();
        for (Result result : results) {
            OutboxEntry row = result.row();
            if (result.expired()) {
                log.warn("Outbox row {} ({}) expired before it could leave; dropped", row.id(), row.template());
                outbox.markFinal(row.id(), OutboxStatus.EXPIRED, "validity ran out before sending");
            } else {
                SendOutcome outcome = result.outcome();
                if (outcome instanceof SendOutcome.Sent sent) {
                    outbox.markSent(row.id(), sent.providerMessageId(), sent.segments(), now);
                    fannedOut(row, now);
                } else if (outcome instanceof SendOutcome.RetryLater retry) {
                    retry(row, retry, now);
                } else if (outcome instanceof SendOutcome.PermanentFailure failure) {
                    fail(row, failure.reason());
                }
            }
            metrics.recorded(row, result.outcome(), result.expired(), now);
            events.publishEvent(new MessageActivity(row.personId(), row.channel(), row.address()));
        }
    }

    private void fannedOut(OutboxEntry row, Instant now) {
        if (row.priority() == Priority.ALARM && row.correlationKind() != null && row.correlationId() != null) {
            outbox.alarmFannedOutSince(row.correlationKind(), row.correlationId())
                    .ifPresent(since -> metrics.alarmFannedOut(Duration.between(since, now).abs()));
        }
    }

    private void retry(OutboxEntry row, SendOutcome.RetryLater retry, Instant now) {
        if (row.attempts() >= settings.maxAttempts()) {
            fail(row, "gave up after " + row.attempts() + " attempts: " + retry.reason());
            return;
        }
        outbox.markRetry(row.id(), now.plus(wait(row, retry, settings)), retry.reason(), retry.maybeHanded());
    }

    /**
     * When to try again: exactly when the channel said (a provider's Retry-After, or the adapter's own
     * back-off for that provider), for every priority; the general exponential back-off with jitter
     * only when the channel named no time.
     */
    static Duration wait(OutboxEntry row, SendOutcome.RetryLater retry, MessagingSettings settings) {
        if (retry.after() != null && retry.after().compareTo(Duration.ZERO) > 0) {
            return retry.after();
        }
        return Dispatcher.backoff(row.attempts(), settings.backoffBase(), settings.backoffMax());
    }

    private void fail(OutboxEntry row, String reason) {
        if (row.priority().critical() && fallbacks.fallBack(row, reason)) {
            return;
        }
        outbox.markFinal(row.id(), OutboxStatus.FAILED, reason);
    }

    /** One send and what came of it; {@code expired} rows were never sent. */
    record Result(OutboxEntry row, SendOutcome outcome, boolean expired) {
    }
}
