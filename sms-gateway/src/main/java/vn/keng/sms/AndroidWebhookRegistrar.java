package vn.keng.sms;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers this service's webhooks on every phone (through its API: the phone's local server, or the
 * cloud) and checks them again every {@code webhook-check}: one webhook per event of {@link #EVENTS},
 * under an id of its own ({@code keng-<phone>-rcv}...), so that registering again replaces rather than
 * adds (the gateway replaces a webhook posted with an id it has). Webhooks of the same events pointing to
 * the same URL under another id (registered by hand) are deleted: each event would arrive twice. Every
 * instance does it; the result is the same. A phone that cannot be reached is tried again a minute later (or
 * at the next check, if that comes sooner).
 */
class AndroidWebhookRegistrar {

    private static final Logger log = LoggerFactory.getLogger(AndroidWebhookRegistrar.class);
    static final List<String> EVENTS = List.of("sms:received", "sms:sent", "sms:delivered", "sms:failed", "system:ping");
    static final Duration RETRY = Duration.ofMinutes(1);

    private final AndroidPhones phones;
    private final AndroidApi api;
    private final String publicBase;
    private final Duration period;
    private final AndroidPhoneStates states;
    private final Clock clock;
    private final Map<String, Instant> due = new ConcurrentHashMap<>();

    AndroidWebhookRegistrar(AndroidPhones phones, AndroidApi api, String publicBase, Duration period,
            AndroidPhoneStates states, Clock clock) {
        this.phones = phones;
        this.api = api;
        this.publicBase = publicBase;
        this.period = period;
        this.states = states;
        this.clock = clock;
        if (publicBase == null) {
            log.warn("keng.sms.android.public-url is empty: the service registers no webhook on the Android phones; "
                    + "register {} by hand for the events {}", phones.all().stream().map(AndroidPhone::webhookPath).toList(),
                    EVENTS);
        }
    }

    /** Checks every phone whose turn has come (at startup, then every {@code webhook-check}; a minute after a failure). */
    void checkDue() {
        if (publicBase == null) {
            return;
        }
        for (AndroidPhone phone : phones.all()) {
            Instant now = clock.instant();
            if (due.getOrDefault(phone.name(), Instant.MIN).isAfter(now)) {
                continue;
            }
            String problem = check(phone);
            due.put(phone.name(), now.plus(problem == null || period.compareTo(RETRY) < 0 ? period : RETRY));
            try {
                states.webhooksChecked(phone.name(), problem, now);
            } catch (RuntimeException e) {
                log.debug("Webhook check of phone {} not recorded: {}", phone.name(), e.toString());
            }
        }
    }

    /** Makes the phone's registrations right; null when they are, else what went wrong. */
    String check(AndroidPhone phone) {
        String url = publicBase + phone.webhookPath();
        try {
            List<AndroidApi.Webhook> registered = api.webhooks(phone);
            List<String> changed = new ArrayList<>();
            for (String event : EVENTS) {
                String id = phone.webhookId(event);
                boolean ok = registered.stream().anyMatch(w -> id.equals(w.id()) && url.equals(w.url())
                        && event.equals(w.event()) && Objects.equals(phone.deviceId(), w.deviceId()));
                if (!ok) {
                    api.register(phone, new AndroidApi.Webhook(id, url, event, phone.deviceId()));
                    changed.add("registered " + event);
                }
                for (AndroidApi.Webhook other : registered) {
                    if (!id.equals(other.id()) && url.equals(other.url()) && event.equals(other.event())
                            && other.id() != null) {
                        api.delete(phone, other.id());
                        changed.add("deleted duplicate " + other.id());
                    }
                }
            }
            if (changed.isEmpty()) {
                log.debug("Android phone {}: webhooks in place ({})", phone.name(), url);
            } else {
                log.info("Android phone {}: webhooks for {} {}", phone.name(), url, changed);
            }
            return null;
        } catch (IOException e) {
            log.warn("Android phone {}: webhooks could not be checked ({}); trying again in {} s", phone.name(),
                    e.getMessage(), RETRY.toSeconds());
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (RuntimeException e) {
            log.warn("Android phone {}: webhooks could not be checked", phone.name(), e);
            return e.toString();
        }
    }
}
