package vn.keng.sms;

import java.time.Duration;

/** Exponential back-off for provider faults, doubling per attempt up to a cap. */
final class Backoff {

    static final Duration RATE_LIMITED = Duration.ofSeconds(20);
    static final Duration PROVIDER_FAULT = Duration.ofSeconds(30);
    static final Duration AUTH_FAULT = Duration.ofMinutes(5);
    private static final Duration CAP = Duration.ofMinutes(30);

    private Backoff() {
    }

    static Duration after(Duration base, int attempt) {
        int doublings = Math.max(0, Math.min(attempt, 10) - 1);
        Duration d = base.multipliedBy(1L << doublings);
        return d.compareTo(CAP) > 0 ? CAP : d;
    }
}
