package vn.keng.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import vn.keng.duty.GongRounds;
import vn.keng.duty.RecordingNotifications;
import vn.keng.duty.RoundFixture;
import vn.keng.duty.RoundRecords;

/**
 * Two instances on one PostgreSQL (run with -Pintegration): both plan the same commune at the same
 * moment, Quartz's cluster fires the round on one of them, and the round runs once.
 */
@Tag("postgres")
class ClusteredRoundTests {

    @Test
    void twoInstancesOnOneDatabaseFireTheRoundOnce() {
        try (ConfigurableApplicationContext a = Nodes.start(); ConfigurableApplicationContext b = Nodes.start()) {
            RoundFixture f = Nodes.communeDueNow(a, Duration.ofHours(1));
            LocalDate night = LocalDate.now(f.zone);

            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> plan(a, f.commune)),
                    CompletableFuture.runAsync(() -> plan(b, f.commune))).join();

            RecordingNotifications sentA = a.getBean(RecordingNotifications.class);
            RecordingNotifications sentB = b.getBean(RecordingNotifications.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> a.getBean(GongRounds.class).started(f.commune, night)
                    && sentA.to(f.strikerB).size() + sentB.to(f.strikerB).size() > 0);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> sentA.to(f.striker).size() + sentB.to(f.striker).size() == 1);
            assertThat(a.getBean(RoundRecords.class).night(f.commune, night)).hasSize(2);
        }
    }

    private static void plan(ConfigurableApplicationContext node, long communeId) {
        try {
            node.getBean(RoundPlanner.class).plan(communeId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
