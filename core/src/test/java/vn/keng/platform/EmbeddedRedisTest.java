package vn.keng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.JedisPooled;
import redis.embedded.RedisServer;

class EmbeddedRedisTest {

    @Test
    void twoEmbeddedServersBesideARedisOn6379GetDistinctFreePorts() throws Exception {
        RedisServer on6379 = null;
        if (!listening(6379)) { // make sure the port of a "real" Redis is taken, as on a developer machine
            on6379 = RedisServer.newRedisServer().port(6379).bind("127.0.0.1").setting("save \"\"").build();
            on6379.start();
        }
        try (EmbeddedRedis first = EmbeddedRedis.start(); EmbeddedRedis second = EmbeddedRedis.start()) {
            URI a = URI.create(first.url());
            URI b = URI.create(second.url());

            assertThat(a.getPort()).isNotEqualTo(6379).isNotEqualTo(b.getPort());
            assertThat(b.getPort()).isNotEqualTo(6379);
            try (JedisPooled ja = new JedisPooled(a); JedisPooled jb = new JedisPooled(b)) {
                ja.set("keng:test", "first");
                jb.set("keng:test", "second");
                assertThat(ja.get("keng:test")).isEqualTo("first");
                assertThat(jb.get("keng:test")).isEqualTo("second");
            }
        } finally {
            if (on6379 != null) {
                on6379.stop();
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
