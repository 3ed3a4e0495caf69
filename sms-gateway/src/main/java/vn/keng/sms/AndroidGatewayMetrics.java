package vn.keng.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The phones' signs of life for operators: {@code keng_sms_gateway_last_ping_age_seconds{phone}}, the
 * seconds since the phone's last {@code system:ping} (or, before its first ping, since its last
 * authentic webhook or since it was first watched), and {@code keng_sms_gateway_silent{phone}}, 1 while
 * the phone counts as silent (no sign of life for {@code ping-timeout}). The tag is the configured
 * phone name ({@code default}, {@code viettel}…), never a phone number. Read from the watch's last view
 * of the shared table, refreshed by the silence check: a scrape never waits for the database.
 */
class AndroidGatewayMetrics implements MeterBinder {

    private final AndroidPhones phones;
    private final AndroidPhoneWatch watch;
    private final Clock clock;

    AndroidGatewayMetrics(AndroidPhones phones, AndroidPhoneWatch watch, Clock clock) {
        this.phones = phones;
        this.watch = watch;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (AndroidPhone phone : phones.all()) {
            Gauge.builder("keng.sms.gateway.last.ping.age", () -> pingAge(phone.name())).baseUnit("seconds")
                    .description("Seconds since the SIM gateway phone's last ping (or sign of life before it)")
                    .tag("phone", phone.name()).register(registry);
            Gauge.builder("keng.sms.gateway.silent", () -> watch.lastSilentSince(phone.name()) == null ? 0 : 1)
                    .description("1 while the SIM gateway phone has been silent for its ping time-out")
                    .tag("phone", phone.name()).register(registry);
        }
    }

    double pingAge(String phone) {
        AndroidPhoneStates.State state = watch.lastView().get(phone);
        Instant last = watch.started();
        if (state != null) {
            last = first(state.lastPingAt(), state.lastSeenAt(), state.watchedSince(), last);
        }
        return Math.max(0, Duration.between(last, clock.instant()).toMillis() / 1000.0);
    }

    private static Instant first(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
