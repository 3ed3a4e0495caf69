package vn.keng.messaging;

import java.time.Duration;
import java.time.Instant;

/**
 * The one expiry rule of outbound messages: a message whose validity ends at or before now is not
 * sent (the dispatcher marks it EXPIRED; a channel that gets it anyway refuses it). Providers that
 * carry a validity period to the network (Twilio) take the whole seconds left.
 */
public final class Validity {

    private Validity() {
    }

    /** Whether a message valid until the given instant (null: no limit) may no longer be sent at {@code now}. */
    public static boolean expired(Instant validUntil, Instant now) {
        return validUntil != null && !validUntil.isAfter(now);
    }

    /** The whole seconds left before the validity ends (0 or less when none is left). */
    public static long secondsLeft(Instant validUntil, Instant now) {
        return Duration.between(now, validUntil).toSeconds();
    }
}
