package vn.keng.messaging;

import java.time.Duration;

/**
 * What a channel says about one send: the closed set every adapter translates its provider's
 * answers into. No provider exception crosses into the core.
 */
public sealed interface SendOutcome {

    /** Handed to the provider, which gave it this id; {@code segments} counts SMS parts (1 elsewhere). */
    record Sent(String providerMessageId, int segments) implements SendOutcome {
    }

    /**
     * Try again later: rate limited (429 with its retry-after), a 5xx, a time-out. A positive
     * {@code after} is honoured exactly (the next attempt is due then, whatever the priority); zero or
     * null leaves the delay to the dispatcher's exponential back-off. {@code maybeHanded}: the request
     * may have reached the provider (it did not answer in time after the message was sent), so the
     * next attempt is a possible duplicate: it is reconciled first where the channel can ask its
     * provider, and marked as a resend where it cannot.
     */
    record RetryLater(Duration after, String reason, boolean maybeHanded) implements SendOutcome {

        public RetryLater(Duration after, String reason) {
            this(after, reason, false);
        }
    }

    /** Never retry on this channel: bot blocked, invalid number, opted out at the provider. */
    record PermanentFailure(String reason) implements SendOutcome {
    }

    static SendOutcome sent(String providerMessageId, int segments) {
        return new Sent(providerMessageId, segments);
    }

    static SendOutcome retryLater(Duration after, String reason) {
        return new RetryLater(after, reason);
    }

    /** As {@link #retryLater(Duration, String)}, for an attempt the provider may have received. */
    static SendOutcome retryInDoubt(Duration after, String reason) {
        return new RetryLater(after, reason, true);
    }

    static SendOutcome permanent(String reason) {
        return new PermanentFailure(reason);
    }
}
