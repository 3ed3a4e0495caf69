package vn.keng.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.ChannelType;
import vn.keng.platform.ConflictException;

/** The guarded transitions of one night's record, without Spring. */
class NightlyDutyTests {

    private static final Instant GONG = Instant.parse("2026-11-27T15:00:00Z");
    private static final long STRIKER = 1, BACKUP = 2, HEAD = 3, NEIGHBOUR = 4;

    private final NightlyDuty duty = new NightlyDuty(10L, 20L, 30L, LocalDate.of(2026, 11, 27), GONG,
            GONG.plusSeconds(600), STRIKER, BACKUP);

    @Test
    void theStrikerConfirmsOnTimeUpToTheGraceAndLateAfter() {
        assertThat(duty.confirm(STRIKER, ChannelType.SMS, GONG.plusSeconds(600))).isEqualTo(Confirmation.ON_TIME);
        NightlyDuty other = new NightlyDuty(10L, 20L, 31L, LocalDate.of(2026, 11, 27), GONG, GONG.plusSeconds(600),
                STRIKER, BACKUP);
        assertThat(other.confirm(STRIKER, ChannelType.SMS, GONG.plusSeconds(601))).isEqualTo(Confirmation.LATE);
        assertThat(other.getStatus()).isEqualTo(DutyStatus.LATE);
    }

    @Test
    void someoneNotAskedIsASubstituteAndSomeoneAskedIsNot() {
        duty.escalate(RoundStep.HEAD, Set.of(HEAD), GONG.plusSeconds(900));
        assertThat(duty.confirm(HEAD, ChannelType.TELEGRAM, GONG.plusSeconds(901))).isEqualTo(Confirmation.LATE);
        NightlyDuty other = new NightlyDuty(10L, 20L, 31L, LocalDate.of(2026, 11, 27), GONG, GONG.plusSeconds(600),
                STRIKER, BACKUP);
        assertThat(other.confirm(NEIGHBOUR, ChannelType.SMS, GONG)).isEqualTo(Confirmation.SUBSTITUTE);
    }

    @Test
    void aClosedNightIsNeverRewritten() {
        duty.confirm(STRIKER, ChannelType.SMS, GONG);
        assertThat(duty.confirm(STRIKER, ChannelType.SMS, GONG.plusSeconds(60))).isEqualTo(Confirmation.ALREADY_CONFIRMED);
        assertThat(duty.confirm(BACKUP, ChannelType.SMS, GONG.plusSeconds(60))).isEqualTo(Confirmation.CLOSED);
        assertThat(duty.close(GONG.plusSeconds(3600))).isFalse();
        assertThat(duty.handOver(BACKUP, "x", GONG)).isFalse();
        assertThat(duty.getConfirmedAt()).isEqualTo(GONG);
        assertThat(duty.getStatus()).isEqualTo(DutyStatus.ON_TIME);
    }

    @Test
    void anEscalationStepIsTakenOnceAndAMissedNightCanBeExcused() {
        assertThat(duty.escalate(RoundStep.BACKUP, Set.of(BACKUP), GONG)).isTrue();
        assertThat(duty.escalate(RoundStep.BACKUP, Set.of(BACKUP), GONG)).isFalse();
        assertThatThrownBy(() -> duty.excuse("om", "admin", GONG)).isInstanceOf(ConflictException.class);
        duty.close(GONG.plusSeconds(3600));
        duty.excuse("om", "admin", GONG.plusSeconds(7200));
        assertThat(duty.getStatus()).isEqualTo(DutyStatus.MISSED);
        assertThat(duty.effectiveStatus()).isEqualTo(DutyStatus.EXCUSED);
        assertThat(duty.confirm(STRIKER, ChannelType.SMS, GONG.plusSeconds(7300))).isEqualTo(Confirmation.CLOSED);
    }
}
