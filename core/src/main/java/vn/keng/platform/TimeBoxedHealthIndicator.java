package vn.keng.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * A health check that answers within its time box whatever its dependency does: the check runs on
 * a thread of its own and, when it has not answered in time, the indicator reports
 * {@code onTimeout} (DOWN for the database, DEGRADED for Redis). At most one check is in flight: a
 * dependency that hangs (a database refusing connections makes the pool wait 30 s) holds one thread,
 * and further health calls wait for that same check, up to the time box, instead of piling up.
 */
final class TimeBoxedHealthIndicator implements HealthIndicator, DisposableBean {

    private final HealthIndicator delegate;
    private final Duration timeout;
    private final Status onTimeout;
    private final ExecutorService executor;
    private CompletableFuture<Health> inFlight;

    public TimeBoxedHealthIndicator(String name, HealthIndicator delegate, Duration timeout, Status onTimeout) {
        this.delegate = delegate;
        this.timeout = timeout;
        this.onTimeout = onTimeout;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "health-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Health health() {
        CompletableFuture<Health> check = current();
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.status(onTimeout).withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.status(onTimeout).withException(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.status(onTimeout).withDetail("error", "interrupted").build();
        }
    }

    /** The check in flight, or a new one when the last has answered. */
    private synchronized CompletableFuture<Health> current() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(delegate::health, executor);
        }
        return inFlight;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
