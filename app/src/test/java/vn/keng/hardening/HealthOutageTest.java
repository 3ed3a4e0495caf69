package vn.keng.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;

import org.h2.tools.Server;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.embedded.RedisServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.keng.TestUsers;

/**
 * Health answers in every outage, and readiness is not liveness: the test runs the service on a
 * Redis and a database (H2 over TCP, behind a proxy the test can cut) it starts itself, stops Redis
 * and cuts the database's line (connections reset, new ones refused), and asks the health endpoints
 * with a client that gives up after a few seconds. Redis down degrades the instance (200, status
 * DEGRADED); the database refusing connections makes it not ready (503) but still alive. Anonymous
 * callers see the status only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "keng.admin.username=" + TestUsers.ADMIN, "keng.admin.password=" + TestUsers.PASSWORD,
        "spring.datasource.username=sa", "spring.datasource.password=", "keng.demo.enabled=false",
        "spring.datasource.hikari.exception-override-class-name=vn.keng.hardening.H2BrokenConnections"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthOutageTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final int REDIS_PORT = freePort();
    private static final int DB_PORT = freePort();
    private static final int PROXY_PORT = freePort();
    private static final Path DB_DIR = dbDir();
    private static RedisServer redis = startRedis();
    private static final Server DATABASE = startDatabase();
    private static final CuttableProxy DATABASE_LINE = new CuttableProxy(PROXY_PORT, DB_PORT);

    static {
        DATABASE_LINE.open();
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @DynamicPropertySource
    static void outsideServices(DynamicPropertyRegistry registry) {
        registry.add("keng.redis.url", () -> "redis://127.0.0.1:" + REDIS_PORT);
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + PROXY_PORT + "/./keng;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @Test
    @Order(1)
    void allUpAnonymousCallersSeeTheStatusOnly() throws Exception {
        JsonNode health = answer("/actuator/health", null, 200);
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(answer("/actuator/health/liveness", null, 200).path("status").asString()).isEqualTo("UP");
        assertThat(answer("/actuator/health/readiness", null, 200).path("status").asString()).isEqualTo("UP");
        JsonNode detailed = answer("/actuator/health", TestUsers.ADMIN, 200);
        assertThat(detailed.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(detailed.path("components").path("redis").path("status").asString()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void redisDownDegradesTheInstanceButLeavesItReady() throws Exception {
        redis.stop();
        try {
            JsonNode health = answer("/actuator/health", null, 200);
            assertThat(health.path("status").asString()).isEqualTo("DEGRADED");
            assertThat(health.has("components")).isFalse();
            assertThat(answer("/actuator/health/readiness", null, 200).path("status").asString()).isEqualTo("DEGRADED");
            assertThat(answer("/actuator/health/liveness", null, 200).path("status").asString()).isEqualTo("UP");
            JsonNode detailed = answer("/actuator/health", TestUsers.ADMIN, 200);
            assertThat(detailed.path("components").path("redis").path("status").asString()).isEqualTo("DEGRADED");
            assertThat(detailed.path("components").path("db").path("status").asString()).isEqualTo("UP");
        } finally {
            redis = startRedis();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(answer("/actuator/health", null, 200).path("status").asString()).isEqualTo("UP"));
    }

    @Test
    @Order(3)
    void aDatabaseRefusingConnectionsMakesTheInstanceNotReadyButAlive() throws Exception {
        DATABASE_LINE.cut();
        try {
            // twice: the second call finds the first check still waiting for a connection
            for (int i = 0; i < 2; i++) {
                assertThat(answer("/actuator/health", null, 503).path("status").asString()).isEqualTo("DOWN");
                assertThat(answer("/actuator/health/readiness", null, 503).path("status").asString()).isEqualTo("DOWN");
                assertThat(answer("/actuator/health/liveness", null, 200).path("status").asString()).isEqualTo("UP");
            }
            JsonNode detailed = answer("/actuator/health", TestUsers.ADMIN, 503);
            assertThat(detailed.path("components").path("db").path("status").asString()).isEqualTo("DOWN");
        } finally {
            DATABASE_LINE.open();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(answer("/actuator/health", null, 200).path("status").asString()).isEqualTo("UP"));
    }

    /** The answer's JSON, asserting its HTTP status; the client gives up after 5 s (a hung health check fails here). */
    private JsonNode answer(String path, String user, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static RedisServer startRedis() {
        try {
            RedisServer server = RedisServer.newRedisServer().port(REDIS_PORT).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").onShutdownForceStop(true).build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Server startDatabase() {
        try {
            return Server.createTcpServer("-tcpPort", String.valueOf(DB_PORT), "-tcpDaemon", "-ifNotExists",
                    "-baseDir", DB_DIR.toString()).start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path dbDir() {
        try {
            Path target = Path.of("target");
            return Files.createTempDirectory(Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir")),
                    "health-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
