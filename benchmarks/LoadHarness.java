import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The load generator of benchmarks/load.sh (a single-file program: java LoadHarness.java MODE ...).
 * Open-loop: requests start at a fixed rate whatever the answers, so a slow server shows as latency.
 *   steps BASE_URL[,BASE_URL2] TOKEN PUBLIC_URL  signed Twilio SMS webhooks at rising rates, then the
 *                                                 liveness probe at the same rates, p50/p99/errors per step
 *   fire BASE_URL TOKEN PUBLIC_URL WIREMOCK      one signed fire report; time until the first alarm SMS
 *                                                 reaches the fake Twilio
 *   rate WIREMOCK SECONDS                        SMS handed to the fake Twilio per second (mean, busiest)
 */
public class LoadHarness {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "steps" -> steps(args[1].split(","), args[2], args[3]);
            case "fire" -> fire(args[1], args[2], args[3], args[4]);
            case "rate" -> rate(args[1], Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void steps(String[] bases, String token, String publicUrl) throws Exception {
        int[] rates = {25, 50, 100, 200, 300, 400};
        int knee = 0;
        System.out.printf("%-28s %6s %8s %8s %8s %7s%n", "target", "rate/s", "sent", "p50 ms", "p99 ms", "errors");
        for (int rate : rates) {
            Result webhook = run(rate, 10, i -> signedSms(bases[i % bases.length], token, publicUrl, i));
            Result probe = run(rate, 10, i -> HttpRequest.newBuilder(
                    URI.create(bases[i % bases.length] + "/actuator/health/liveness")).timeout(Duration.ofSeconds(10)).build());
            System.out.printf("%-28s %6d %8d %8.1f %8.1f %7d%n", "signed SMS webhook", rate, webhook.sent, webhook.p(50),
                    webhook.p(99), webhook.errors);
            System.out.printf("%-28s %6d %8d %8.1f %8.1f %7d%n", "liveness probe (trivial)", rate, probe.sent,
                    probe.p(50), probe.p(99), probe.errors);
            if (webhook.p(99) < 200 && webhook.errors == 0) {
                knee = rate;
            } else {
                break;
            }
        }
        System.out.println("KNEE signed SMS webhooks/s with p99 < 200 ms and 0 errors: " + knee);
    }

    static void fire(String base, String token, String publicUrl, String wiremock) throws Exception {
        Instant sent = Instant.now();
        HttpResponse<String> r = HTTP.send(sms(base, token, publicUrl, "fire-" + sent.toEpochMilli(), "+84913010900",
                "co chay nha toi"), HttpResponse.BodyHandlers.ofString());
        Instant answered = Instant.now();
        System.out.println("fire report webhook answered " + r.statusCode() + " in "
                + Duration.between(sent, answered).toMillis() + " ms");
        for (int i = 0; i < 600; i++) {
            List<Instant> alarms = logged(wiremock, "BAO+DONG");
            Instant first = alarms.stream().filter(t -> !t.isBefore(sent)).min(Instant::compareTo).orElse(null);
            if (first != null) {
                System.out.println("FIRST_ALARM first alarm SMS at the fake Twilio " + Duration.between(answered, first).toMillis()
                        + " ms after the webhook answered");
                return;
            }
            Thread.sleep(100);
        }
        System.out.println("FIRST_ALARM none within 60 s");
    }

    static void rate(String wiremock, int seconds) throws Exception {
        List<Instant> all = logged(wiremock, null);
        if (all.isEmpty()) {
            System.out.println("RATE no SMS");
            return;
        }
        Instant start = all.stream().min(Instant::compareTo).orElseThrow();
        TreeMap<Long, Integer> perSecond = new TreeMap<>();
        for (Instant t : all) {
            long s = Duration.between(start, t).getSeconds();
            if (s < seconds) {
                perSecond.merge(s, 1, Integer::sum);
            }
        }
        int busiest = perSecond.values().stream().max(Integer::compare).orElse(0);
        long full = Math.min(seconds, perSecond.isEmpty() ? 0 : perSecond.lastKey() + 1);
        double mean = perSecond.values().stream().mapToInt(Integer::intValue).sum() / (double) Math.max(1, full);
        System.out.printf("RATE over %d s: mean %.1f SMS/s, busiest second %d SMS%n", full, mean, busiest);
    }

    interface Requests {
        HttpRequest make(int i) throws Exception;
    }

    record Result(long sent, long errors, List<Long> micros) {
        double p(int percentile) {
            if (micros.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = new ArrayList<>(micros);
            sorted.sort(Long::compare);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1000.0;
        }
    }

    static Result run(int rate, int seconds, Requests requests) throws Exception {
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong pending = new AtomicLong();
        long periodNanos = 1_000_000_000L / rate;
        int total = rate * seconds;
        var task = ticker.scheduleAtFixedRate(() -> {
            int i = (int) sent.getAndIncrement();
            if (i >= total) {
                return;
            }
            try {
                HttpRequest request = requests.make(i);
                long t0 = System.nanoTime();
                pending.incrementAndGet();
                HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    micros.add((System.nanoTime() - t0) / 1000);
                    if (e != null || r.statusCode() >= 300) {
                        errors.incrementAndGet();
                    }
                    pending.decrementAndGet();
                });
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(50);
        }
        task.cancel(false);
        for (int i = 0; i < 300 && pending.get() > 0; i++) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        errors.addAndGet(pending.get());
        return new Result(total, errors.get(), new ArrayList<>(micros));
    }

    static HttpRequest signedSms(String base, String token, String publicUrl, int i) throws Exception {
        // registered demo residents (7 villages x 12 households) writing something that is no emergency
        String from = String.format("+849130%d%02d00", 1 + i % 7, 1 + (i / 7) % 12);
        return sms(base, token, publicUrl, "load-" + System.nanoTime() + "-" + i, from, "chao can bo xa " + i);
    }

    static HttpRequest sms(String base, String token, String publicUrl, String sid, String from, String body)
            throws Exception {
        Map<String, String> params = new TreeMap<>(Map.of("AccountSid", "AC00000000000000000000000000000000",
                "Body", body, "From", from, "MessageSid", sid, "To", "+15005550006"));
        String url = publicUrl + "/webhooks/sms/twilio";
        StringBuilder signed = new StringBuilder(url);
        params.forEach((k, v) -> signed.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        StringBuilder form = new StringBuilder();
        params.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(base + "/webhooks/sms/twilio")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
    }

    /** When the fake Twilio logged each message request (whose body contains {@code contains}, if given). */
    static List<Instant> logged(String wiremock, String contains) throws Exception {
        String json = HTTP.send(HttpRequest.newBuilder(URI.create(wiremock + "/__admin/requests?limit=100000")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Instant> out = new ArrayList<>();
        Pattern url = Pattern.compile("\"url\" *: *\"([^\"]*)\"");
        Pattern body = Pattern.compile("\"body\" *: *\"([^\"]*)\"");
        Pattern logged = Pattern.compile("\"loggedDate\" *: *(\\d+)");
        for (String entry : json.split("\"request\" *: *\\{")) {
            Matcher u = url.matcher(entry);
            Matcher b = body.matcher(entry);
            Matcher t = logged.matcher(entry);
            if (u.find() && t.find() && u.group(1).endsWith("/Messages.json")
                    && (contains == null || (b.find() && b.group(1).contains(contains)))) {
                out.add(Instant.ofEpochMilli(Long.parseLong(t.group(1))));
            }
        }
        return out;
    }
}
