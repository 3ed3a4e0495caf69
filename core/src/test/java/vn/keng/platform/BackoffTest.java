package vn.keng.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The one back-off policy: doubling from the first wait, capped, with jitter for the outbox. */
class BackoffTest {

    private final Backoff backoff = Backoff.doubling(Duration.ofSeconds(5), Duration.ofMinutes(10));

    @Test
    void aBackoffWhoseMaximumIsBelowItsFirstWaitOrANegativeOneIsRefused() {
        assertThatThrownBy(() -> Backoff.doubling(Duration.ofMinutes(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.doubling(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.doubling(null, Duration.ofSeconds(1))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theWaitDoublesFromTheFirstAttemptUpToTheMaximumAndNeverOverflows() {
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aLoopDoublesItsCurrentWaitUpToTheMaximum() {
        assertThat(backoff.next(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.next(Duration.ofMinutes(8))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theJitterStaysWithinTwentyPercent() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.afterWithJitter(3).toMillis()).isBetween(16_000L, 24_000L);
        }
    }

    @Test
    void aRetryWaitsByThePolicyUntilTheTaskRunsOrGivesUpAfterItsAttempts() {
        Backoff quick = Backoff.doubling(Duration.ofMillis(1), Duration.ofMillis(4));
        java.util.List<String> said = new java.util.ArrayList<>();
        int[] runs = {0};
        boolean ran = quick.retry(5, IllegalStateException.class, () -> {
            if (++runs[0] < 3) {
                throw new IllegalStateException("down");
            }
        }, (attempt, wait, e) -> said.add(attempt + ":" + wait.toMillis()), (n, e) -> said.add("lost"));
        assertThat(ran).isTrue();
        assertThat(runs[0]).isEqualTo(3);
        assertThat(said).containsExactly("1:1", "2:2");

        said.clear();
        assertThat(quick.retry(3, IllegalStateException.class, () -> {
            throw new IllegalStateException("down");
        }, (attempt, wait, e) -> said.add(attempt + ":" + wait.toMillis()), (n, e) -> said.add("lost " + n))).isFalse();
        assertThat(said).containsExactly("1:1", "2:2", "lost 3");

        assertThatThrownBy(() -> quick.retry(3, IllegalStateException.class, () -> {
            throw new IllegalArgumentException("not a failure to wait for");
        }, (a, w, e) -> { }, (n, e) -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInterruptedRetryStopsAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThat(Backoff.doubling(Duration.ofSeconds(5), Duration.ofSeconds(5)).retry(3,
                    IllegalStateException.class, () -> {
                        throw new IllegalStateException("down");
                    }, (a, w, e) -> { }, (n, e) -> { })).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
