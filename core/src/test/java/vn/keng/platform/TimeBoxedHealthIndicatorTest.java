package vn.keng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** A dependency that hangs (a pool waiting 30 s for a refused database) does not hang the health check. */
class TimeBoxedHealthIndicatorTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // a hung check fails here instead of hanging the build
    void aHangingCheckAnswersItsTimeoutStatusAndIsNotStartedTwice() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        TimeBoxedHealthIndicator indicator = new TimeBoxedHealthIndicator("test", () -> {
            started.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Health.up().build();
        }, Duration.ofMillis(200), Status.DOWN);
        try {
            Health first = indicator.health();
            Health second = indicator.health();

            assertThat(first.getStatus()).isEqualTo(Status.DOWN);
            assertThat(first.getDetails()).containsEntry("error", "no answer within 200 ms");
            assertThat(second.getStatus()).isEqualTo(Status.DOWN);
            assertThat(started).hasValue(1);

            release.countDown();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> indicator.health().getStatus().equals(Status.UP));
        } finally {
            release.countDown();
            indicator.destroy();
        }
    }

    @Test
    void aFailingCheckAnswersItsTimeoutStatusWithTheError() {
        TimeBoxedHealthIndicator indicator = new TimeBoxedHealthIndicator("test", () -> {
            throw new IllegalStateException("refused");
        }, Duration.ofSeconds(2), RedisHealthIndicator.DEGRADED);
        try {
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(RedisHealthIndicator.DEGRADED);
            assertThat(health.getDetails().get("error").toString()).contains("refused");
        } finally {
            indicator.destroy();
        }
    }
}
