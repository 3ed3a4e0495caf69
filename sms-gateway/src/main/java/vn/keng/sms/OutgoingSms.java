package vn.keng.sms;

import java.time.Instant;
import java.util.Objects;

import vn.keng.messaging.Priority;
import vn.keng.registry.PhoneNumber;

/**
 * One SMS ready for a provider: text already shortened to the segment limit.
 *
 * @param reference the outbox row it comes from (a provider-side idempotency key where one exists)
 * @param attempt 1 for the first try
 * @param validUntil the latest moment worth delivering it, or null
 * @param communeId the recipient's commune, or null
 * @param via the provider (and phone) to use first, e.g. {@code android:viettel} for a reply, or null
 * @param hasFallback whether another provider of the route comes after this one (an alarm need not wait
 *        long for a busy phone then)
 * @param queuedAt when the message was queued, or null (counts as now)
 */
record OutgoingSms(long reference, PhoneNumber to, String text, int segments, Priority priority, Instant validUntil,
        int attempt, Long communeId, String via, boolean hasFallback, Instant queuedAt) {

    OutgoingSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        priority = priority == null ? Priority.INFO : priority;
    }

    OutgoingSms(long reference, PhoneNumber to, String text, int segments, Priority priority, Instant validUntil,
            int attempt) {
        this(reference, to, text, segments, priority, validUntil, attempt, null, null, false, null);
    }

    OutgoingSms withFallback(boolean fallback) {
        return new OutgoingSms(reference, to, text, segments, priority, validUntil, attempt, communeId, via, fallback,
                queuedAt);
    }

    /** The number with its middle hidden, for logs: +8491*****78. */
    String maskedTo() {
        return mask(to);
    }

    static String mask(PhoneNumber number) {
        String e164 = number.e164();
        int keepHead = Math.min(5, e164.length() / 2);
        int keepTail = 2;
        if (e164.length() <= keepHead + keepTail) {
            return e164;
        }
        return e164.substring(0, keepHead) + "*".repeat(e164.length() - keepHead - keepTail)
                + e164.substring(e164.length() - keepTail);
    }
}
