package vn.keng.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.keng.TestUsers;

/**
 * Posts malformed bodies (broken JSON, wrong types, huge numbers, NUL bytes, broken percent-encoding,
 * wrong content types, empty and deeply nested bodies) to every endpoint of the request mappings,
 * the webhooks and the actuator, with and without credentials, over real HTTP: never a 5xx, every
 * 400 outside the webhooks is problem+json, webhooks keep their authentication answers, and no
 * request leaves a servlet stack trace in the log.
 */
@RealProvidersTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedInputFuzzTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String[] IDS = {"987654321", "abc", "-1", "99999999999999999999", "1e3"};
    /** How many of the first {@link #bodies()} every target gets. */
    private static final int ALWAYS = 5;
    private static final String[] DATES = {"2026-02-30", "x", "2026-01-01"};

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Target(String method, String path) {
    }

    record Body(String contentType, byte[] bytes) {
        static Body of(String contentType, String text) {
            return new Body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\u0000", "\\0");
            return contentType + " " + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
        }
    }

    @Test
    void noMalformedBodyGetsA5xxAndEvery400IsAProblem(CapturedOutput output) throws Exception {
        List<Target> targets = targets();
        List<Body> bodies = bodies();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((TestUsers.ADMIN + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int t = 0; t < targets.size(); t++) {
            for (int b = 0; b < bodies.size(); b++) {
                // every target gets the first bodies (the broken form with and without credentials), and
                // every fourth of the others; an authenticated request costs a password hash, so not all twice
                if (b >= ALWAYS && (t + b) % 4 != 0) {
                    continue;
                }
                Target target = targets.get(t);
                Body body = bodies.get(b);
                for (boolean auth : b == 0 ? new boolean[] {true, false} : new boolean[] {(t + b) % 2 == 0}) {
                    String path = concrete(target.path(), sent);
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(20))
                            .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
                    if (body.contentType() != null) {
                        request.header("Content-Type", body.contentType());
                    }
                    if (auth) {
                        request.header("Authorization", basic);
                    }
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    sent++;
                    String problem = check(path, response);
                    if (problem != null) {
                        failures.add(target.method() + " " + path + (auth ? " (admin)" : "") + " [" + body + "] -> "
                                + response.statusCode() + " " + problem);
                    }
                }
            }
        }
        System.out.println("FUZZ " + sent + " requests to " + targets.size() + " targets");
        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(failures).isEmpty();
        assertThat(output).doesNotContain("Servlet.service() for servlet").doesNotContain("threw exception");
    }

    /** Null when the answer is acceptable, else why not. */
    private static String check(String path, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "a server error: " + abbreviate(response.body());
        }
        if (path.startsWith("/webhooks/")) {
            // an unsigned call is refused as before; a body that cannot even be read is 400 (or 415)
            int refusal = path.startsWith("/webhooks/telegram") ? 401 : 403;
            boolean unreadable = status == 400 && type.startsWith("application/problem+json") || status == 415;
            return status == refusal || unreadable ? null
                    : "a webhook must refuse an unsigned call with " + refusal + " (400 problem or 415 when unreadable)";
        }
        if (status == 400 && !type.startsWith("application/problem+json")) {
            return "a 400 that is not application/problem+json: " + type;
        }
        return null;
    }

    private List<Target> targets() {
        Set<Target> targets = new LinkedHashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getProducesCondition().getProducibleMediaTypes().stream()
                    .anyMatch(m -> m.toString().equals("text/event-stream"))) {
                return; // a stream that never ends is no request to fuzz
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
                    targets.add(new Target(m.name(), pattern));
                }
            }
        });
        assertThat(targets).extracting(Target::path).contains("/api/v1/communes/{id}", "/api/v1/gong-points/{id}/roster",
                "/webhooks/telegram", "/webhooks/sms/twilio", "/webhooks/sms/twilio/status", "/webhooks/sms/android",
                "/webhooks/zalo", "/webhooks/zalo/files/{outboxId}/{position}/{expires}/{signature}/{name}",
                "/simulator/api/send");
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/prometheus", "/actuator/info", "/no/such/path", "/simulator/index.html")) {
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                targets.add(new Target(method, path));
            }
        }
        return new ArrayList<>(targets);
    }

    private static String concrete(String pattern, int n) {
        return pattern.replace("{date}", DATES[n % DATES.length]).replaceAll("\\{[^}]+}", IDS[n % IDS.length]);
    }

    private static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(Body.of(FORM, "a=%zz&b=1"));
        bodies.add(Body.of(JSON, "{\"a\":"));
        bodies.add(Body.of(JSON, "{\"name\":\"a\u0000b\",\"text\":\"\u0000\",\"phone\":\"\u0000\"}"));
        bodies.add(Body.of(JSON, "{\"strikerIds\":\"x\",\"rotation\":7,\"personId\":\"x\",\"gongTime\":5}"));
        bodies.add(Body.of("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbroken"));
        for (String json : List.of("{", "{\"a\":", "[1,2,", "{\"name\":}", "{'single':'quotes'}", "", "null", "[]",
                "\"text\"", "-", "1e999999999", "{\"a\":1,\"a\":2}",
                "{\"gongTime\":5,\"reminderLead\":[],\"strikerIds\":\"x\",\"rotation\":7,\"personId\":\"x\"}",
                "{\"strikerIds\":[1e999],\"personId\":1e999,\"latitude\":\"north\"}",
                "{\"id\":99999999999999999999999999999999,\"personId\":-99999999999999999999999999,\"groupId\":1.5}",
                "{\"startDate\":\"2026-13-45\",\"inspectedOn\":\"yesterday\",\"condition\":\"BROKEN\",\"kind\":\"?\"}",
                "{\"name\":\"a\u0000b\",\"text\":\"\u0000\",\"phone\":\"\u0000\"}",
                "\u0000\u0000\u0000",
                "\uFEFF{}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
            bodies.add(Body.of(JSON, json));
        }
        bodies.add(new Body(JSON, new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}));
        bodies.add(Body.of("application/json; charset=bogus-charset", "{}"));
        for (String form : List.of("a=%zz", "%", "a=%e0%80", "=&&==%%", "a=%00&b=\u0000", "MessageSid=%ZZ&From=%2")) {
            bodies.add(Body.of(FORM, form));
        }
        bodies.add(Body.of("text/plain", "hello"));
        bodies.add(Body.of("text/csv", "name,address\n\"unterminated"));
        bodies.add(Body.of("application/xml", "<a>"));
        bodies.add(Body.of("multipart/form-data", "--x\r\n"));
        bodies.add(Body.of("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbroken"));
        bodies.add(new Body("application/octet-stream", new byte[] {(byte) 0xFF, (byte) 0xFE, 0}));
        bodies.add(Body.of("not a content type", "{}"));
        bodies.add(Body.of(null, "{}"));
        return bodies;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
