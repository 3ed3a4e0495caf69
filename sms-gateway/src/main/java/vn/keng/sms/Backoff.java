package vn.keng.sms;

import java.time.Duration;

/** The waits after provider faults, by the platform's one back-off policy, doubling up to a cap. */
final class Backoff {

    static final Duration RATE_LIMITED = Duration.ofSeconds(20);
    static final Duration PROVIDER_FAULT = Duration.ofSeconds(30);
    static final Duration AUTH_FAULT = Duration.ofMinutes(5);
    private static final Duration CAP = Duration.ofMinutes(30);

    private Backoff() {
    }

    static Duration after(Duration base, int attempt) {
        return vn.keng.platform.Backoff.doubling(base, CAP).after(attempt);
    }
}
