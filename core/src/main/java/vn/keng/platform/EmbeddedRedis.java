package vn.keng.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.embedded.RedisServer;

/**
 * A Redis server started by the application for the embedded default. It binds to 127.0.0.1 on a
 * port the operating system reports free, so it never collides with a Redis already running on
 * 6379 nor with a second instance of the service. It keeps nothing on disk.
 */
final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final int ATTEMPTS = 5;

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static EmbeddedRedis start() {
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = freePort();
            try {
                RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                        .setting("save \"\"").setting("appendonly no").onShutdownForceStop(true).build();
                server.start();
                log.info("Embedded Redis started on 127.0.0.1:{}", port);
                return new EmbeddedRedis(server, port);
            } catch (IOException e) {
                last = e; // the port was taken between probing and binding: try another one
                log.debug("Embedded Redis could not bind port {}: {}", port, e.getMessage());
            }
        }
        throw new UncheckedIOException("Could not start the embedded Redis after " + ATTEMPTS + " attempts", last);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for the embedded Redis", e);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        server.stop();
        log.info("Embedded Redis on port {} stopped", port);
    }
}
