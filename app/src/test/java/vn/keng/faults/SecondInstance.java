package vn.keng.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import vn.keng.KengApplication;

/**
 * A second instance of the service in a process of its own (the application's runtime classpath,
 * without test classes), so that it can be killed as {@code kill -9} kills it: no shutdown hook, no
 * released claim, no last journal write. Its output goes to a log file.
 */
final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private SecondInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the service with these properties and waits until it answers (at most {@code patience}). */
    static SecondInstance start(int port, Map<String, String> properties, Path log, Duration patience)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, runtimeClasspath()));
        command.add(KengApplication.class.getName());
        command.add("--server.port=" + port);
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        SecondInstance instance = new SecondInstance(process, port, log);
        instance.awaitLive(patience);
        return instance;
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9: the process ends at once, leaving whatever it held. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitLive(Duration patience) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second instance stopped while starting; see " + log + ":\n"
                        + tail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The second instance did not start within " + patience + "; see " + log
                + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * This JVM's classpath without test classes and test jars: what the service runs with. Surefire
     * may pass it in a manifest-only jar, whose Class-Path is read.
     */
    static List<String> runtimeClasspath() throws IOException {
        String raw = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : raw.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            if (path.getFileName().toString().startsWith("surefirebooter") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    String manifestPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    for (String url : manifestPath.trim().split("\\s+")) {
                        entries.add(Path.of(URI.create(url.startsWith("file:") ? url : "file:" + url)).toString());
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        List<String> runtime = entries.stream()
                .filter(e -> !e.replace('\\', '/').contains("/test-classes"))
                .filter(e -> !e.endsWith("-tests.jar"))
                .filter(e -> !Path.of(e).getFileName().toString().startsWith("surefire"))
                .toList();
        if (runtime.stream().noneMatch(e -> e.replace('\\', '/').endsWith("app/target/classes"))) {
            throw new UncheckedIOException(new IOException("the application's classes are not on the classpath: " + raw));
        }
        return runtime;
    }
}
