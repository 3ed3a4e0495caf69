package vn.keng.platform;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import redis.clients.jedis.UnifiedJedis;

/** Reports Redis as up when it answers PING. */
class RedisHealthIndicator extends AbstractHealthIndicator {

    private final UnifiedJedis jedis;
    private final RedisEndpoint endpoint;

    RedisHealthIndicator(UnifiedJedis jedis, RedisEndpoint endpoint) {
        super("Redis health check failed");
        this.jedis = jedis;
        this.endpoint = endpoint;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String pong = jedis.ping();
        builder.up().withDetail("url", endpoint.safeUrl()).withDetail("embedded", endpoint.embedded())
                .withDetail("ping", pong);
    }
}
