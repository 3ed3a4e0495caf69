package vn.keng.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.keng.registry.Person;
import vn.keng.registry.Village;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/**
 * Benchmarks of the messaging core, not tests: run with {@code mvn -pl core -am verify -Pbenchmark
 * -Dtest=MessagingBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (PostgreSQL and Redis on
 * 127.0.0.1). Figures go to the log, nothing is asserted on time.
 */
@Tag("benchmark")
@CoreTest
@TestPropertySource(properties = {"keng.messaging.sms-rate=1000000", "keng.messaging.inbound-per-minute=100000",
        "keng.messaging.batch-size=100"})
class MessagingBenchmark {

    private static final Logger log = LoggerFactory.getLogger(MessagingBenchmark.class);

    @Autowired Outbox outbox;
    @Autowired OutboxSignal signal;
    @Autowired InboundMessages inbound;
    @Autowired FakeChannel fakeSms;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;

    /** (a) Dispatcher throughput with a sender that answers at once. */
    @Test
    void dispatcherThroughput() {
        fakeSms.reset();
        int rows = 20_000;
        Instant later = Instant.now().plusSeconds(3600);
        String marker = "bench-" + UUID.randomUUID();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(new Object[] {"SMS", "+8490" + String.format("%07d", i), marker, "Benchmark message " + i,
                    (short) Priority.INFO.ordinal(), java.sql.Timestamp.from(later), java.sql.Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("insert into outbound_message (channel, address, template, text, priority, status, attempts, "
                + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", batch);
        long start = System.nanoTime();
        jdbc.update("update outbound_message set next_attempt_at = ? where template = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), marker);
        signal.wake(ChannelType.SMS, true);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_message where template = ? and status = 'SENT'", Integer.class, marker) == rows);
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("BENCHMARK dispatcher: {} messages sent in {} s = {} messages/s", rows, String.format("%.2f", seconds),
                String.format("%.0f", rows / seconds));
    }

    /** (b) Inbound-to-first-outbound latency at a steady 50 messages a second. */
    @Test
    void inboundToFirstOutboundLatency() throws InterruptedException {
        fakeSms.reset();
        Village village = testPeople.village(testPeople.commune());
        int messages = 500;
        List<Person> senders = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            senders.add(testPeople.person(village));
        }
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        fakeSms.answerWith(e -> {
            sentAt.putIfAbsent(e.address(), System.nanoTime());
            return null;
        });
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        long interval = 1_000_000_000L / 50;
        long next = System.nanoTime();
        for (Person person : senders) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            String phone = person.getPhone().e164();
            receivedAt.put(phone, System.nanoTime());
            inbound.receive(InboundMessage.text(ChannelType.SMS, "BM" + UUID.randomUUID(), phone, "tro giup", Instant.now()));
            next += interval;
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> sentAt.size() >= messages);
        double[] millis = receivedAt.entrySet().stream()
                .mapToDouble(e -> (sentAt.get(e.getKey()) - e.getValue()) / 1e6).sorted().toArray();
        log.info("BENCHMARK inbound->first outbound at 50 msg/s over {} messages: p50 {} ms, p95 {} ms, p99 {} ms, max {} ms",
                messages, fmt(pct(millis, 50)), fmt(pct(millis, 95)), fmt(pct(millis, 99)), fmt(millis[millis.length - 1]));
        fakeSms.reset();
    }

    /** (c) The send rate against a provider limit of 30 per second: the average and the busiest second. */
    @Test
    void sendRateAgainstAProviderLimit() {
        sendRate(Priority.DUTY, 480);
        sendRate(Priority.ALARM, 600);
    }

    private void sendRate(Priority priority, int rows) {
        fakeSms.reset();
        fakeSms.limitRate(30);
        List<Long> sentAt = new java.util.concurrent.CopyOnWriteArrayList<>();
        fakeSms.answerWith(e -> {
            sentAt.add(System.nanoTime());
            return null;
        });
        String marker = "rate-" + UUID.randomUUID();
        List<Object[]> batch = new ArrayList<>();
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        for (int i = 0; i < rows; i++) {
            batch.add(new Object[] {"SMS", "+8491" + String.format("%07d", i), marker, "Rate " + i,
                    (short) priority.ordinal(), now, now});
        }
        jdbc.batchUpdate("insert into outbound_message (channel, address, template, text, priority, status, attempts, "
                + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", batch);
        signal.wake(ChannelType.SMS, true);
        await().atMost(Duration.ofMinutes(2)).until(() -> sentAt.size() >= rows);
        long[] times = sentAt.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = (times[times.length - 1] - times[0]) / 1e9;
        int busiest = 0;
        for (int i = 0, j = 0; i < times.length; i++) {
            while (times[i] - times[j] >= 1_000_000_000L) {
                j++;
            }
            busiest = Math.max(busiest, i - j + 1);
        }
        log.info("BENCHMARK send rate with a 30/s limit, {} messages ({}): {} messages in {} s "
                + "= {}/s on average, busiest one-second window {}", priority,
                priority == Priority.ALARM ? "the whole rate" : "80% of the rate, 20% is kept for alarms", rows, String.format("%.1f", seconds),
                String.format("%.2f", (rows - 1) / seconds), busiest);
        fakeSms.reset();
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static String fmt(double v) {
        return String.format("%.1f", v);
    }
}
