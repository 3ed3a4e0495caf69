package vn.keng.sms;

import java.time.Duration;

/**
 * Spaces sends at least {@code interval} apart within this process: an Android phone sends about one
 * SMS per 2 s safely, and the carrier may block a SIM that sends faster.
 */
final class SendPacer {

    private final long intervalNanos;
    private long nextNanos = Long.MIN_VALUE;

    SendPacer(Duration interval) {
        this.intervalNanos = Math.max(0, interval.toNanos());
    }

    /** Waits for this sender's turn. */
    synchronized void awaitTurn() throws InterruptedException {
        long now = System.nanoTime();
        if (nextNanos != Long.MIN_VALUE && nextNanos - now > 0) {
            long wait = nextNanos - now;
            wait(wait / 1_000_000, (int) (wait % 1_000_000));
            now = System.nanoTime();
        }
        nextNanos = now + intervalNanos;
    }
}
