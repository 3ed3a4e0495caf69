package vn.keng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service in a process of its own on the embedded default, stopped as an orchestrator stops it
 * (SIGTERM) after it handled a fire report: the shutdown logs no error (H2 used to be closed by its
 * own shutdown hook under the dispatcher and the event registry: "Database is already closed") and
 * the process ends by itself. On PostgreSQL there is no such hook, so this runs on the embedded
 * default only. The time-outs are bounds for a loaded 2-core machine, not figures.
 */
@DisabledIfSystemProperty(named = "keng.it", matches = "true")
class CleanShutdownTest {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (?:\\(s\\): )?(\\d+)");

    @Test
    void aSigtermAfterAFireReportStopsTheServiceWithoutAnErrorInTheLog(@TempDir Path dir) throws Exception {
        Path logFile = dir.resolve("service.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                KengApplication.class.getName(), "--server.port=0", "--keng.data-dir=" + dir.resolve("data"))
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        int stopAt;
        try {
            await().atMost(Duration.ofSeconds(180)).until(() -> !process.isAlive()
                    || read(logFile).stream().anyMatch(l -> l.contains("Started KengApplication")));
            assertThat(process.isAlive()).as("started; log:%n%s", tail(logFile)).isTrue();
            String base = "http://127.0.0.1:" + port(logFile);
            HttpClient http = HttpClient.newHttpClient();
            // the demo commune is loaded once the application is ready, just after "Started"
            await().atMost(Duration.ofSeconds(60)).until(() -> http.send(
                    HttpRequest.newBuilder(URI.create(base + "/simulator/api/people")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("\"id\":12,"));
            HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(base + "/simulator/api/send"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":12,\"text\":\"có cháy\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            // stopped once the report is handled (its alarms may still be leaving): a SIGTERM in the middle of the
            // handling races Redis and the database going away, and the handling's warnings would be in the log
            await().atMost(Duration.ofSeconds(60)).until(() -> http.send(
                    HttpRequest.newBuilder(URI.create(base + "/simulator/api/conversation?personId=12")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("\"direction\":\"in\""));

            stopAt = read(logFile).size();
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("stopped by itself; log:%n%s", tail(logFile)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        List<String> log = read(logFile);
        List<String> shutdown = log.subList(stopAt, log.size());
        assertThat(shutdown).as(tail(logFile))
                .anyMatch(line -> line.contains("Shutting down: new requests are answered 503"))
                .anyMatch(line -> line.contains("HikariPool-1 - Shutdown completed"));
        // alarms may still be leaving when Redis closes: a WARN about that is fair, an ERROR is not
        assertThat(shutdown).as("the shutdown logs no error").noneMatch(line -> line.contains(" ERROR ")
                || line.contains("Database is already closed"));
    }

    private static int port(Path logFile) {
        for (String line : read(logFile)) {
            Matcher m = PORT.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no port in the log:\n" + tail(logFile));
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file) {
        List<String> log = read(file);
        return String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size()));
    }
}
