package vn.keng.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.keng.messaging.Priority;
import vn.keng.messaging.SendOutcome;

/**
 * Sends through an Android phone running "SMS Gateway for Android" (capcom6/android-sms-gateway):
 * {@code POST {url}/message} with Basic credentials and
 * {@code {"id", "textMessage": {"text"}, "phoneNumbers": [...], "withDeliveryReport", "priority", "validUntil"}}.
 * The message id is {@code keng-<outbox id>}, the same on every attempt, so the gateway can refuse a
 * repeat (409) instead of sending twice. Sends are paced by {@code keng.sms.android.send-interval}.
 */
class AndroidGatewayProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(AndroidGatewayProvider.class);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final AndroidSettings settings;
    private final HttpClient http;
    private final SendPacer pacer;
    private final Clock clock;
    private final String authorization;

    AndroidGatewayProvider(AndroidSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.pacer = new SendPacer(settings.sendInterval());
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.ANDROID;
    }

    @Override
    public SendOutcome send(OutgoingSms sms) {
        if (sms.validUntil() != null && !sms.validUntil().isAfter(clock.instant())) {
            return SendOutcome.permanent("validity expired before sending");
        }
        String id = "keng-" + sms.reference();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.base() + "/message"))
                .timeout(settings.timeout())
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(id, sms), StandardCharsets.UTF_8))
                .build();
        try {
            pacer.awaitTurn();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return outcome(response, id, sms);
        } catch (HttpTimeoutException e) {
            log.warn("The Android gateway did not answer in time for outbox {} to {}: it may have queued the message; "
                    + "the retry reuses id {} (possible duplicate if the gateway ignores it)", sms.reference(),
                    sms.maskedTo(), id);
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()), "android gateway time-out");
        } catch (ConnectException e) {
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()), "android gateway unreachable");
        } catch (IOException e) {
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()),
                    "android gateway: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.retryLater(Backoff.PROVIDER_FAULT, "interrupted before sending");
        }
    }

    private SendOutcome outcome(HttpResponse<String> response, String id, OutgoingSms sms) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return SendOutcome.sent(idFrom(response.body(), id), sms.segments());
        }
        String reason = "android gateway HTTP " + status;
        log.info("The Android gateway refused outbox {} to {}: {} {}", sms.reference(), sms.maskedTo(), status,
                abbreviate(response.body()));
        if (status == 409) {
            return SendOutcome.sent(id, sms.segments()); // the same id was accepted before: not sent twice
        }
        if (status == 401 || status == 403) {
            return SendOutcome.retryLater(Backoff.after(Backoff.AUTH_FAULT, sms.attempt()), reason + " (credentials)");
        }
        java.time.Duration retryAfter = status == 429 || status == 503
                ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant()) : null;
        if (retryAfter != null) {
            return SendOutcome.retryLater(retryAfter, reason + " (retry after " + retryAfter.toSeconds() + " s)");
        }
        if (status == 429) {
            return SendOutcome.retryLater(Backoff.after(Backoff.RATE_LIMITED, sms.attempt()), reason);
        }
        if (status >= 500 || status == 408) {
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()), reason);
        }
        return SendOutcome.permanent(reason + ": " + abbreviate(response.body()));
    }

    private String body(String id, OutgoingSms sms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("textMessage", Map.of("text", sms.text()));
        body.put("phoneNumbers", List.of(sms.to().e164()));
        body.put("withDeliveryReport", true);
        body.put("priority", priority(sms.priority()));
        if (sms.validUntil() != null) {
            body.put("validUntil", sms.validUntil().toString());
        }
        return JSON.writeValueAsString(body);
    }

    /** Alarms at 100 and above bypass the app's own limits and delays. */
    private static int priority(Priority priority) {
        return switch (priority) {
            case ALARM -> 100;
            case DUTY -> 50;
            case REPORT, INFO -> 0;
        };
    }

    private static String idFrom(String body, String fallback) {
        try {
            String id = JSON.readTree(body == null ? "" : body).path("id").asString("");
            return id.isBlank() ? fallback : id;
        } catch (JacksonException e) {
            return fallback;
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
