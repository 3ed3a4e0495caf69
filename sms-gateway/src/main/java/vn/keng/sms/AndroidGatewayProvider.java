package vn.keng.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.keng.messaging.Validity;
import vn.keng.messaging.Priority;
import vn.keng.messaging.SendOutcome;
import vn.keng.messaging.SendPace;

/**
 * Sends through Android phones running "SMS Gateway for Android" (capcom6/android-sms-gateway): the
 * phone is chosen by {@link AndroidPhones} (a reply's phone, the commune's, the recipient's network),
 * skipping phones gone silent; then {@code POST /message} (local server) or {@code /messages} (cloud)
 * with {@code {"id", "textMessage": {"text"}, "phoneNumbers", "withDeliveryReport", "priority",
 * "validUntil", "deviceId"}}. The id is {@code keng-<outbox id>} on every attempt, so the gateway refuses
 * a repeat (409) instead of sending twice. Each phone sends at its own pace, shared by every instance
 * ({@link SendPace}); an alarm that would leave the phone later than {@code alarm-max-wait} after it was
 * queued (a fire in a big group, behind one SIM) goes to the next provider of its route instead.
 */
class AndroidGatewayProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(AndroidGatewayProvider.class);
    private static final JsonMapper JSON = JsonMapper.shared();
    static final Duration ALL_SILENT_RETRY = Duration.ofMinutes(1);

    private final AndroidPhones phones;
    private final AndroidApi api;
    private final SendPace pace;
    private final PhoneWatch watch;
    private final Duration alarmMaxWait;
    private final Clock clock;

    AndroidGatewayProvider(AndroidPhones phones, AndroidApi api, SendPace pace, PhoneWatch watch, Duration alarmMaxWait,
            Clock clock) {
        this.phones = phones;
        this.api = api;
        this.pace = pace;
        this.watch = watch;
        this.alarmMaxWait = alarmMaxWait;
        this.clock = clock;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.ANDROID;
    }

    @Override
    public boolean canSend(OutgoingSms sms) {
        return !live(sms).isEmpty();
    }

    private List<AndroidPhone> live(OutgoingSms sms) {
        return phones.candidates(sms.to(), sms.communeId(), sms.via()).stream().filter(p -> !watch.silent(p.name()))
                .toList();
    }

    @Override
    public SendOutcome send(OutgoingSms sms) {
        if (Validity.expired(sms.validUntil(), clock.instant())) {
            return SendOutcome.permanent("validity expired before sending");
        }
        List<AndroidPhone> live = live(sms);
        if (live.isEmpty()) {
            return SendOutcome.retryLater(ALL_SILENT_RETRY, "every Android phone for this number is silent");
        }
        AndroidPhone phone = live.get(0);
        String id = "keng-" + sms.reference();
        boolean alarm = sms.priority() == Priority.ALARM;
        try {
            double rate = phone.sendInterval().isZero() ? 0 : 1_000_000_000.0 / phone.sendInterval().toNanos();
            Duration maxWait = alarm && sms.hasFallback() ? alarmWaitLeft(sms) : null;
            if ((maxWait != null && maxWait.isNegative()) || !pace.await("android:" + phone.name(), rate, alarm, maxWait)) {
                return SendOutcome.retryLater(phone.sendInterval(), "android phone " + phone.name()
                        + " busy: the alarm would leave more than " + alarmMaxWait.toSeconds() + " s after it was queued");
            }
            HttpResponse<String> response = api.postMessage(phone, body(id, sms, phone));
            return outcome(response, id, sms, phone);
        } catch (HttpTimeoutException e) {
            log.warn("Android phone {} did not answer in time for outbox {} to {}: it may have queued the message "
                    + "(possible duplicate if it is sent elsewhere); a retry reuses id {}", phone.name(), sms.reference(),
                    sms.maskedTo(), id);
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()),
                    "android gateway time-out (possible duplicate)");
        } catch (ConnectException e) {
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()),
                    "android phone " + phone.name() + " unreachable");
        } catch (IOException e) {
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()),
                    "android gateway: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.retryLater(Backoff.PROVIDER_FAULT, "interrupted before sending");
        }
    }

    /** How much longer an alarm may wait for the phone: {@code alarm-max-wait} from when it was queued. */
    private Duration alarmWaitLeft(OutgoingSms sms) {
        Instant queued = sms.queuedAt() == null ? clock.instant() : sms.queuedAt();
        return Duration.between(clock.instant(), queued.plus(alarmMaxWait));
    }

    private SendOutcome outcome(HttpResponse<String> response, String id, OutgoingSms sms, AndroidPhone phone) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return SendOutcome.sent(idFrom(response.body(), id), sms.segments());
        }
        String reason = "android phone " + phone.name() + " HTTP " + status;
        log.info("Android phone {} refused outbox {} to {}: {} {}", phone.name(), sms.reference(), sms.maskedTo(), status,
                abbreviate(response.body()));
        if (status == 409) {
            return SendOutcome.sent(id, sms.segments()); // the same id was accepted before: not sent twice
        }
        if (status == 401 || status == 403) {
            return SendOutcome.retryLater(Backoff.after(Backoff.AUTH_FAULT, sms.attempt()), reason + " (credentials)");
        }
        Duration retryAfter = status == 429 || status == 503
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

    private static String body(String id, OutgoingSms sms, AndroidPhone phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("textMessage", Map.of("text", sms.text()));
        body.put("phoneNumbers", List.of(sms.to().e164()));
        body.put("withDeliveryReport", true);
        body.put("priority", priority(sms.priority()));
        if (sms.validUntil() != null) {
            body.put("validUntil", sms.validUntil().toString());
        }
        if (phone.deviceId() != null) {
            body.put("deviceId", phone.deviceId());
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
