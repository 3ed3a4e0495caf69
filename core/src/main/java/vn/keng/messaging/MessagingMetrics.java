package vn.keng.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Whether messages get through, for operators ({@code /actuator/prometheus}, names under {@code keng_}):
 * <ul>
 * <li>{@code keng_outbox_depth{channel,priority}} and {@code keng_outbox_oldest_age_seconds{channel,priority}}:
 * rows waiting to leave (pending or claimed), refreshed from the database every
 * {@code keng.metrics.refresh} (15 s) rather than on every scrape, so a scrape never waits for a
 * database that is down (the last values stay, and {@code keng_metrics_refresh_failures_total} counts);</li>
 * <li>{@code keng_outbox_handover_seconds{channel,priority}}: from queued to handed to the provider (histogram);</li>
 * <li>{@code keng_provider_outcomes_total{channel,kind}}: sent, retry_later, permanent, expired;</li>
 * <li>{@code keng_alarm_fanout_seconds}: an incident's alarm, from its first row queued to the last
 * recipient handed over;</li>
 * <li>{@code keng_inbound_messages_total{channel,result}} and {@code keng_inbound_handling_seconds{channel}}:
 * from received to understood and the reply queued; {@code keng_inbound_given_up_total}: handling failed
 * every attempt (the message stays FAILED).</li>
 * </ul>
 * Tags are channels, priorities and outcome kinds only: never a phone number, a person or user text.
 */
@Component
class MessagingMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(MessagingMetrics.class);
    /** Buckets the alert rules name ({@code le="60.0"}: an alarm handed over later than a minute). */
    private static final String[] OUTCOMES = {"sent", "retry_later", "permanent", "expired"};
    private static final Duration[] SLO = {Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofSeconds(60)};

    private final JdbcTemplate jdbc;
    private volatile MeterRegistry registry = new SimpleMeterRegistry();
    private final Map<String, AtomicLong> depth = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldestAge = new ConcurrentHashMap<>();

    MessagingMetrics(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setQueryTimeout(5);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        givenUp();
        refreshFailures();
        for (ChannelType channel : ChannelType.values()) {
            for (Priority priority : Priority.values()) {
                String key = key(channel, priority);
                Gauge.builder("keng.outbox.depth", depth.computeIfAbsent(key, k -> new AtomicLong()), AtomicLong::get)
                        .description("Outbox rows waiting to leave (pending or claimed)")
                        .tags("channel", tag(channel), "priority", tag(priority)).register(registry);
                Gauge.builder("keng.outbox.oldest.age", oldestAge.computeIfAbsent(key, k -> new AtomicLong()),
                        AtomicLong::get).baseUnit("seconds")
                        .description("Age of the oldest outbox row waiting to leave")
                        .tags("channel", tag(channel), "priority", tag(priority)).register(registry);
            }
            for (String kind : OUTCOMES) { // at zero from the start, so a rate over them exists before the first failure
                outcomes(channel, kind);
            }
        }
    }

    private Counter givenUp() {
        return Counter.builder("keng.inbound.given.up")
                .description("Inbound messages whose handling failed every attempt").register(registry);
    }

    private Counter refreshFailures() {
        return Counter.builder("keng.metrics.refresh.failures").description("Metric refreshes the database refused")
                .tag("source", "outbox").register(registry);
    }

    private Counter outcomes(ChannelType channel, String kind) {
        return Counter.builder("keng.provider.outcomes").description("What the providers said about each send")
                .tags("channel", tag(channel), "kind", kind).register(registry);
    }

    /** What a provider said about one row (or that it expired before it could leave). */
    void recorded(OutboxEntry row, SendOutcome outcome, boolean expired, Instant now) {
        String kind = expired ? "expired"
                : outcome instanceof SendOutcome.Sent ? "sent"
                : outcome instanceof SendOutcome.RetryLater ? "retry_later" : "permanent";
        outcomes(row.channel(), kind).increment();
        if (outcome instanceof SendOutcome.Sent && row.createdAt() != null) {
            Timer.builder("keng.outbox.handover").description("From queued to handed to the provider")
                    .tags("channel", tag(row.channel()), "priority", tag(row.priority()))
                    .publishPercentileHistogram().serviceLevelObjectives(SLO).maximumExpectedValue(Duration.ofMinutes(10))
                    .register(registry).record(Duration.between(row.createdAt(), now).abs());
        }
    }

    /** The last row of an incident's alarm was handed over. */
    void alarmFannedOut(Duration took) {
        Timer.builder("keng.alarm.fanout").description("An alarm, from the first row queued to the last handed over")
                .publishPercentileHistogram().serviceLevelObjectives(SLO).maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry).record(took);
    }

    /** An inbound message was handled (or ignored, rate-limited, failed). */
    void inbound(ChannelType channel, String result, Instant receivedAt, Instant now) {
        Counter.builder("keng.inbound.messages").description("Inbound messages by how their handling ended")
                .tags("channel", tag(channel), "result", result.toLowerCase()).register(registry).increment();
        if ("HANDLED".equals(result) && receivedAt != null) {
            Timer.builder("keng.inbound.handling").description("From received to understood, the reply queued")
                    .tags("channel", tag(channel)).publishPercentileHistogram().register(registry)
                    .record(Duration.between(receivedAt, now).abs());
        }
    }

    /** An inbound message whose handling failed every attempt: it stays FAILED for an operator. */
    void inboundGaveUp() {
        givenUp().increment();
    }

    @Scheduled(fixedDelayString = "${keng.metrics.refresh:PT15S}", initialDelayString = "PT5S")
    void refresh() {
        try {
            Map<String, long[]> seen = new ConcurrentHashMap<>();
            jdbc.query("select channel, priority, count(*), min(created_at) from outbound_message "
                    + "where status in ('PENDING', 'SENDING') group by channel, priority", rs -> {
                        ChannelType channel = ChannelType.valueOf(rs.getString(1));
                        Priority priority = Priority.values()[rs.getInt(2)];
                        var oldest = rs.getTimestamp(4);
                        long age = oldest == null ? 0
                                : Math.max(0, Duration.between(oldest.toInstant(), Instant.now()).toSeconds());
                        seen.put(key(channel, priority), new long[] {rs.getLong(3), age});
                    });
            depth.forEach((key, value) -> value.set(seen.containsKey(key) ? seen.get(key)[0] : 0));
            oldestAge.forEach((key, value) -> value.set(seen.containsKey(key) ? seen.get(key)[1] : 0));
        } catch (RuntimeException e) {
            refreshFailures().increment();
            log.debug("Outbox metrics not refreshed: {}", e.toString());
        }
    }

    private static String key(ChannelType channel, Priority priority) {
        return channel.name() + "/" + priority.name();
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase();
    }
}
