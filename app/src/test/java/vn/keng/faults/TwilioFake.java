package vn.keng.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Twilio's Messages API as a WireMock server with state: a created message is kept and listed
 * back (filtered by {@code To} and {@code DateSent>}, newest first), as the real Twilio does, so the
 * real SDK can send, and reconcile before a resend, against it. A fixed delay per send makes a
 * fan-out last long enough for a fault to hit it.
 */
final class TwilioFake implements AutoCloseable {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "faults-auth-token";
    static final String FROM = "+15005550006";
    static final String PUBLIC_URL = "https://keng.example.org";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.US);

    /** A message Twilio holds: {@code at} is when it was created (and, here, sent). */
    record Sms(String sid, String to, String body, Instant at) {
    }

    private final List<Sms> messages = new CopyOnWriteArrayList<>();
    private final AtomicLong sids = new AtomicLong();
    private final WireMockServer server;
    private volatile int sendDelayMillis;

    TwilioFake() {
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(40).extensions(new State()));
        server.start();
        server.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withTransformers(State.NAME)));
        server.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withTransformers(State.NAME)));
    }

    String url() {
        return server.baseUrl();
    }

    /** Each send answers this much later (the message is created when the request arrives). */
    void delaySends(int millis) {
        sendDelayMillis = millis;
    }

    /** A message handed to Twilio earlier (by an instance that then died, say). */
    Sms handedBefore(String to, String body, Instant at) {
        Sms sms = new Sms(sid(), to, body, at);
        messages.add(sms);
        return sms;
    }

    List<Sms> all() {
        return List.copyOf(messages);
    }

    List<Sms> to(String to) {
        return messages.stream().filter(m -> m.to().equals(to)).toList();
    }

    /** How many times Twilio got this exact message. */
    long copies(String to, String body) {
        return messages.stream().filter(m -> m.to().equals(to) && m.body().equals(body)).count();
    }

    private String sid() {
        return String.format("SM%032x", sids.incrementAndGet());
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private String json(Sms sms) {
        String date = RFC_2822.format(sms.at().atZone(ZoneOffset.UTC));
        return "{\"sid\":\"" + sms.sid() + "\",\"account_sid\":\"" + ACCOUNT + "\",\"to\":\"" + sms.to()
                + "\",\"from\":\"" + FROM + "\",\"body\":" + quoted(sms.body()) + ",\"status\":\"sent\","
                + "\"direction\":\"outbound-api\",\"num_segments\":\"1\",\"date_created\":\"" + date
                + "\",\"date_updated\":\"" + date + "\",\"date_sent\":\"" + date + "\"}";
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Creates messages on POST and lists them on GET. */
    private final class State implements ResponseDefinitionTransformerV2 {

        static final String NAME = "twilio-state";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            if (request.getMethod().getName().equals("POST")) {
                Map<String, String> params = form(request.getBodyAsString());
                Sms sms = new Sms(sid(), params.get("To"), params.get("Body"), Instant.now());
                messages.add(sms);
                return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withFixedDelay(sendDelayMillis).withBody(json(sms)).build();
            }
            String to = value(request, "To");
            String after = value(request, "DateSent>");
            Instant from = after == null ? Instant.MIN
                    : LocalDateTime.parse(after, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")).toInstant(
                            ZoneOffset.UTC);
            List<String> page = messages.stream().filter(m -> to == null || m.to().equals(to))
                    .filter(m -> !m.at().isBefore(from)).sorted(Comparator.comparing(Sms::at).reversed()).limit(50)
                    .map(TwilioFake.this::json).toList();
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"messages\":[" + String.join(",", page) + "],\"uri\":\"" + MESSAGES
                            + "\",\"first_page_uri\":\"" + MESSAGES + "\",\"next_page_uri\":null,"
                            + "\"previous_page_uri\":null,\"page\":0,\"page_size\":50}")
                    .build();
        }

        private static String value(Request request, String name) {
            var parameter = request.queryParameter(name);
            return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
        }
    }
}
