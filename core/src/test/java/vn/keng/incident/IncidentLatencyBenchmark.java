package vn.keng.incident;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.registry.Person;
import vn.keng.testing.CoreTest;

/**
 * Not a test: the latency from {@code InboundMessages.receive(report)} to the last alarm of a
 * 50-person group handed to the channel sender (fakes that answer at once). Run it on PostgreSQL
 * and Redis with
 * {@code mvn -B -pl core -am verify -Pintegration -Dtest=IncidentLatencyBenchmark -Dkeng.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures go to the output and to {@code core/target/incident-benchmark.txt}.
 */
@CoreTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "keng.benchmark", matches = "true")
class IncidentLatencyBenchmark extends IncidentTestSupport {

    private static final int WARM_UP = 5;
    private static final int REPORTS = 50;

    @Autowired JdbcTemplate jdbc;

    @Test
    void alarmLatencyForAFiftyPersonGroup() throws Exception {
        // 48 members + leader + deputy = 50 people in the group, half on Telegram; plus head, police, striker, group chat
        IncidentScene.Built s = scene.build(24, 24);
        Map<String, Long> handedAt = new ConcurrentHashMap<>();
        fakeSms.answerWith(e -> mark(handedAt, e.text(), e.address()));
        fakeTelegram.answerWith(e -> mark(handedAt, e.text(), e.address()));
        List<Long> micros = new ArrayList<>();
        List<Long> firstMicros = new ArrayList<>();
        try {
            for (int i = 0; i < WARM_UP + REPORTS; i++) {
                Person reporter = s.members.get(i % s.members.size());
                String marker = "BENCH" + i + "X";
                long start = System.nanoTime();
                scene.sms(reporter, "CHAY NHA " + marker);
                // everyone but the reporter (49 group people) + head + police + striker + the group chat
                int expected = 49 + 3 + 1;
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                        .until(() -> count(handedAt, marker) >= expected);
                long last = handedAt.entrySet().stream().filter(en -> en.getKey().startsWith(marker + "|"))
                        .mapToLong(Map.Entry::getValue).max().orElseThrow();
                long first = handedAt.entrySet().stream().filter(en -> en.getKey().startsWith(marker + "|"))
                        .mapToLong(Map.Entry::getValue).min().orElseThrow();
                if (i >= WARM_UP) {
                    micros.add((last - start) / 1000);
                    firstMicros.add((first - start) / 1000);
                }
                jdbc.update("update incident set status = 'RESOLVED' where group_id = ? and status = 'OPEN'",
                        s.group.getId());
            }
        } finally {
            fakeSms.answerWith(e -> null);
            fakeTelegram.answerWith(e -> null);
        }
        Collections.sort(micros);
        Collections.sort(firstMicros);
        String result = String.format("incident alarm latency, %d reports, %d recipients each: p50 %.1f ms, "
                + "p90 %.1f ms, p99 %.1f ms, max %.1f ms; first alarm p50 %.1f ms, p99 %.1f ms (database %s)", REPORTS, 53,
                pct(micros, 50) / 1000.0, pct(micros, 90) / 1000.0, pct(micros, 99) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0, pct(firstMicros, 50) / 1000.0, pct(firstMicros, 99) / 1000.0,
                jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName());
        System.out.println(result);
        Files.writeString(Path.of("target", "incident-benchmark.txt"), result + System.lineSeparator());
    }

    private static vn.keng.messaging.SendOutcome mark(Map<String, Long> handedAt, String text, String address) {
        int at = text.indexOf("BENCH");
        if (at >= 0 && (text.contains("BAO DONG") || text.contains("BÁO ĐỘNG") || text.contains("DANH KENG"))) {
            String marker = text.substring(at, text.indexOf('X', at) + 1);
            handedAt.putIfAbsent(marker + "|" + address, System.nanoTime());
        }
        return null;
    }

    private static long count(Map<String, Long> handedAt, String marker) {
        return handedAt.keySet().stream().filter(k -> k.startsWith(marker + "|")).count();
    }

    private static long pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
