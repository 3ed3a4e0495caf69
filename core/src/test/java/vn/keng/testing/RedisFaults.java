package vn.keng.testing;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.providers.ConnectionProvider;
import redis.clients.jedis.providers.PooledConnectionProvider;
import redis.clients.jedis.util.JedisURIHelper;
import vn.keng.platform.RedisEndpoint;

/**
 * The application's Redis client, with a switch that cuts it: while cut, every new command (and
 * pipeline, and subscription) fails as a refused connection would, on the same real Redis the
 * tests use otherwise (embedded, or 127.0.0.1:6379 with -Pintegration). Nothing of ours is mocked.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RedisFaults {

    /** Cuts and restores the test Redis. Tests that cut it must restore it (in a finally or @AfterEach). */
    public static final class Switch {

        private final AtomicBoolean cut = new AtomicBoolean();

        public void cut() {
            cut.set(true);
        }

        public void restore() {
            cut.set(false);
        }

        public boolean isCut() {
            return cut.get();
        }
    }

    @Bean
    Switch redisSwitch() {
        return new Switch();
    }

    @Bean(destroyMethod = "close")
    @Primary
    UnifiedJedis switchableJedis(RedisEndpoint endpoint, Switch redisSwitch) {
        URI uri = URI.create(endpoint.url());
        var config = DefaultJedisClientConfig.builder().user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri)).database(JedisURIHelper.getDBIndex(uri)).build();
        PooledConnectionProvider pool = new PooledConnectionProvider(JedisURIHelper.getHostAndPort(uri), config);
        return new UnifiedJedis(new ConnectionProvider() {
            @Override
            public Connection getConnection() {
                check();
                return pool.getConnection();
            }

            @Override
            public Connection getConnection(CommandArguments args) {
                check();
                return pool.getConnection(args);
            }

            private void check() {
                if (redisSwitch.isCut()) {
                    throw new JedisConnectionException("Redis cut by the test (connection refused)");
                }
            }

            @Override
            public void close() {
                pool.close();
            }
        });
    }

}
