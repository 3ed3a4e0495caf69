package vn.keng.platform;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * The one Redis client of the application, used only by platform's adapter ({@link RedisStore}) and
 * health indicator. With no {@code keng.redis.url} an embedded Redis is started first and the client
 * connects to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisSettings.class)
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisEndpoint redisEndpoint(RedisSettings settings) {
        if (settings.embedded()) {
            EmbeddedRedis embedded = EmbeddedRedis.start();
            return new RedisEndpoint(embedded.url(), embedded);
        }
        return new RedisEndpoint(settings.url(), null);
    }

    @Bean(destroyMethod = "close")
    UnifiedJedis jedis(RedisEndpoint endpoint) {
        return new JedisPooled(URI.create(endpoint.url()));
    }

    /** The port the modules use ({@link SharedKeys}, {@link Signals}, the {@link Limiter}'s cells). */
    @Bean
    RedisStore redisStore(UnifiedJedis jedis, PlatformTransactionManager transactions) {
        return new RedisStore(jedis, transactions);
    }

    /** Redis's health, answering within 300 ms: DEGRADED (HTTP 200) when Redis is down or slow. */
    @Bean
    TimeBoxedHealthIndicator redisHealthIndicator(UnifiedJedis jedis, RedisEndpoint endpoint) {
        return new TimeBoxedHealthIndicator("redis", new RedisHealthIndicator(jedis, endpoint), Duration.ofMillis(300),
                RedisHealthIndicator.DEGRADED);
    }
}
