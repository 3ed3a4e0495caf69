package vn.keng.platform;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import redis.clients.jedis.UnifiedJedis;

/**
 * Reports Redis as up when it answers PING, and as {@link #DEGRADED} when it does not: without Redis
 * the instance still receives, stores and sends (more slowly), so it must not be taken out of
 * service. {@code DEGRADED} answers HTTP 200 (see {@code management.endpoint.health.status} in the
 * application's configuration).
 */
class RedisHealthIndicator implements HealthIndicator {

    /** Working, with a dependency missing: ranks between OUT_OF_SERVICE and UP, answers 200. */
    static final Status DEGRADED = new Status("DEGRADED", "working without Redis");

    private final UnifiedJedis jedis;
    private final RedisEndpoint endpoint;

    RedisHealthIndicator(UnifiedJedis jedis, RedisEndpoint endpoint) {
        this.jedis = jedis;
        this.endpoint = endpoint;
    }

    @Override
    public Health health() {
        Health.Builder builder;
        try {
            builder = Health.up().withDetail("ping", jedis.ping());
        } catch (RuntimeException e) {
            builder = Health.status(DEGRADED).withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return builder.withDetail("url", endpoint.safeUrl()).withDetail("embedded", endpoint.embedded()).build();
    }
}
