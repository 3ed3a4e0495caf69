package vn.keng.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Asks {@code /actuator/health} of every watched instance four times a second, each call given up
 * after one second, and keeps the calls that got no answer in that second (any HTTP status is an
 * answer: 503 while the database is cut is the right one). An instance killed on purpose is unwatched first.
 */
final class HealthWatch implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(1);

    /** A call that got no answer within {@link #PATIENCE}. */
    record Miss(String instance, Instant at, String error) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, Integer> lastStatus = new ConcurrentHashMap<>();
    private final List<Miss> misses = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long calls;

    HealthWatch() {
        thread = new Thread(this::loop, "health-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** One first call with all the time it needs (the web layer starts on the first request). */
    void warmUp(int port) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    void watch(String instance, int port) {
        ports.put(instance, port);
    }

    void unwatch(String instance) {
        ports.remove(instance);
    }

    List<Miss> misses() {
        return List.copyOf(misses);
    }

    long calls() {
        return calls;
    }

    Integer lastStatus(String instance) {
        return lastStatus.get(instance);
    }

    private void loop() {
        while (running) {
            ports.forEach(this::ask);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void ask(String instance, int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(PATIENCE).GET().build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            lastStatus.put(instance, response.statusCode());
        } catch (IOException e) {
            if (ports.containsKey(instance)) { // not unwatched meanwhile (killed)
                misses.add(new Miss(instance, Instant.now(), e.toString()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        calls++;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
