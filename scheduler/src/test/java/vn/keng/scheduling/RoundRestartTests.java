package vn.keng.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import vn.keng.duty.EscalationTaken;
import vn.keng.duty.RecordingNotifications;
import vn.keng.duty.RoundEntry;
import vn.keng.duty.RoundFixture;
import vn.keng.duty.RoundRecords;
import vn.keng.duty.RoundStep;

/** The service stops in the middle of a round; the next instance continues it from the persisted triggers. */
class RoundRestartTests {

    @Test
    void aRestartDuringTheRoundContinuesItsEscalation() throws Exception {
        RoundFixture f;
        ConfigurableApplicationContext first = Nodes.start();
        try {
            f = Nodes.communeDueNow(first, Duration.ofSeconds(12));
            first.getBean(RoundPlanner.class).plan(f.commune);
            RecordingNotifications sentBefore = first.getBean(RecordingNotifications.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> sentBefore.templatesTo(f.striker).contains("duty.reminder"));
        } finally {
            first.close();
        }
        LocalDate night = LocalDate.now(f.zone);
        try (ConfigurableApplicationContext second = Nodes.start()) {
            RoundRecords records = second.getBean(RoundRecords.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> entry(records, f, night).escalations().stream()
                    .anyMatch(e -> e.step() == RoundStep.BACKUP));

            RecordingNotifications sentAfter = second.getBean(RecordingNotifications.class);
            assertThat(sentAfter.templatesTo(f.striker)).containsExactly("duty.reminder_again");
            assertThat(sentAfter.templatesTo(f.backup)).containsExactly("duty.backup_ask");
            assertThat(entry(records, f, night).escalations()).extracting(EscalationTaken::step)
                    .containsExactly(RoundStep.BACKUP);
        }
    }

    private static RoundEntry entry(RoundRecords records, RoundFixture f, LocalDate night) {
        return records.night(f.commune, night).stream().filter(e -> e.gongPointId() == f.pointA).findFirst().orElseThrow();
    }
}
