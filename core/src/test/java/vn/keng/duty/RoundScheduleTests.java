package vn.keng.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.keng.registry.Commune;

/** When each step runs, in the commune's own zone. */
class RoundScheduleTests {

    private static final LocalTime DIGEST = LocalTime.of(6, 30);

    @Test
    void theDefaultLadderInVietnam() {
        RoundSchedule s = RoundSchedule.of(commune("Asia/Ho_Chi_Minh", "22:00"), LocalDate.of(2026, 11, 27), DIGEST);

        assertThat(s.at(RoundStep.START)).isEqualTo(Instant.parse("2026-11-27T14:50:00Z"));
        assertThat(s.gongAt()).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
        assertThat(s.deadline()).isEqualTo(Instant.parse("2026-11-27T15:10:00Z"));
        assertThat(s.at(RoundStep.BACKUP)).isEqualTo(Instant.parse("2026-11-27T15:05:00Z"));
        assertThat(s.at(RoundStep.HEAD)).isEqualTo(Instant.parse("2026-11-27T15:15:00Z"));
        assertThat(s.at(RoundStep.POLICE)).isEqualTo(Instant.parse("2026-11-27T15:30:00Z"));
        assertThat(s.at(RoundStep.CLOSE)).isEqualTo(Instant.parse("2026-11-27T16:00:00Z"));
        assertThat(s.at(RoundStep.DIGEST)).isEqualTo(Instant.parse("2026-11-27T23:30:00Z"));
    }

    @Test
    void thePatrolIsRemindedAfterTheGongAndItsLadderRunsAfterItsDueTime() {
        RoundSchedule s = RoundSchedule.of(commune("Asia/Ho_Chi_Minh", "22:00"), LocalDate.of(2026, 11, 27), DIGEST);

        assertThat(s.at(RoundStep.PATROL)).isEqualTo(Instant.parse("2026-11-27T15:05:00Z"));
        assertThat(s.at(RoundStep.PAT_BACKUP)).isEqualTo(Instant.parse("2026-11-27T17:05:00Z"));
        assertThat(s.at(RoundStep.PAT_HEAD)).isEqualTo(Instant.parse("2026-11-27T17:15:00Z"));
        assertThat(s.at(RoundStep.PAT_POLICE)).isEqualTo(Instant.parse("2026-11-27T17:30:00Z"));
        assertThat(s.at(RoundStep.PAT_CLOSE)).isEqualTo(Instant.parse("2026-11-27T18:00:00Z"));
        assertThat(RoundStep.PATROL.patrol()).isTrue();
        assertThat(RoundStep.DIGEST.patrol()).isFalse();
    }

    @Test
    void aLateGongClosesAfterMidnightAndTheDigestFollowsTheClose() {
        Commune c = commune("Asia/Tokyo", "23:30");
        RoundSchedule s = RoundSchedule.of(c, LocalDate.of(2026, 11, 27), LocalTime.of(0, 15));

        assertThat(s.at(RoundStep.CLOSE)).isEqualTo(Instant.parse("2026-11-27T15:30:00Z"));
        assertThat(s.at(RoundStep.DIGEST)).isEqualTo(Instant.parse("2026-11-28T15:15:00Z"));
    }

    @Test
    void aGongTimeInADaylightSavingGapMovesForwardWithTheClock() {
        Commune c = commune("Europe/Berlin", "02:30");
        c.changeReminderLead(Duration.ofMinutes(10));
        RoundSchedule s = RoundSchedule.of(c, LocalDate.of(2026, 3, 29), DIGEST);

        assertThat(s.gongAt()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(s.at(RoundStep.START)).isEqualTo(Instant.parse("2026-03-29T01:20:00Z"));
    }

    private static Commune commune(String zone, String gong) {
        Commune c = new Commune("Xa Thu", "Tinh Thu");
        ReflectionTestUtils.setField(c, "id", 7L);
        c.changeTimeZone(ZoneId.of(zone));
        c.changeGongTime(LocalTime.parse(gong));
        return c;
    }
}
