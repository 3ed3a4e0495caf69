package vn.keng.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one back-off policy of the code base: the first wait, doubled after every further failure, at
 * most {@code max}. The outbox dispatcher and the inbound recovery (with jitter), the SMS providers,
 * the Telegram sender and the long-polling loops of Telegram and Zalo all wait by it.
 *
 * @param first the wait after the first failure
 * @param max the longest wait
 */
public record Backoff(Duration first, Duration max) {

    /** Doublings beyond which every sensible first wait is far past any sensible maximum. */
    private static final int MAX_DOUBLINGS = 20;

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a back-off needs 0 <= first <= max (was " + first + ", " + max + ")");
        }
    }

    public static Backoff doubling(Duration first, Duration max) {
        return new Backoff(first, max);
    }

    /** The wait after the given failed attempt (1 = the first): first × 2^(attempt-1), at most max. */
    public Duration after(int attempt) {
        int doublings = Math.min(MAX_DOUBLINGS, Math.max(0, attempt - 1));
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** {@link #after} spread by ±20%, so that many rows failing together do not come back together. */
    public Duration afterWithJitter(int attempt) {
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (after(attempt).toMillis() * jitter));
    }

    /** The wait after the one given (a loop that keeps its current wait): doubled, at most max. */
    public Duration next(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    /** What a {@link #retry} says of a failed attempt it will try again after {@code wait}. */
    @FunctionalInterface
    public interface Retrying<E> {
        void failed(int attempt, Duration wait, E failure);
    }

    /**
     * Runs the task until it returns, at most {@code attempts} times, waiting by this policy after
     * each failure of type {@code retried} (any other failure is thrown at once).
     *
     * @return true when the task ran; false when it failed every time (told to {@code gaveUp}) or the
     *         thread was interrupted while waiting (its interrupt is kept)
     */
    public <E extends RuntimeException> boolean retry(int attempts, Class<E> retried, Runnable task,
            Retrying<? super E> retrying, java.util.function.BiConsumer<Integer, ? super E> gaveUp) {
        for (int attempt = 1; ; attempt++) {
            try {
                task.run();
                return true;
            } catch (RuntimeException e) {
                if (!retried.isInstance(e)) {
                    throw e;
                }
                E failure = retried.cast(e);
                if (attempt >= attempts) {
                    gaveUp.accept(attempt, failure);
                    return false;
                }
                Duration wait = after(attempt);
                retrying.failed(attempt, wait, failure);
                if (!sleep(wait)) {
                    return false;
                }
            }
        }
    }

    /** Sleeps; false (with the thread's interrupt kept) when interrupted. */
    public static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
