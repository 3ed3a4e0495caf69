package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DutyRosterTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5); // a Monday

    @Test
    void dailyRotationTakesTheNextStrikerEachNight() {
        DutyRoster roster = new DutyRoster(1L, Rotation.DAILY, START, List.of(10L, 20L, 30L), 99L);

        assertThat(roster.strikerOn(START)).contains(10L);
        assertThat(roster.strikerOn(START.plusDays(1))).contains(20L);
        assertThat(roster.strikerOn(START.plusDays(2))).contains(30L);
        assertThat(roster.strikerOn(START.plusDays(3))).contains(10L);
        assertThat(roster.strikerOn(START.plusDays(365))).contains(List.of(10L, 20L, 30L).get(365 % 3));
    }

    @Test
    void weeklyRotationKeepsTheSameStrikerForSevenNights() {
        DutyRoster roster = new DutyRoster(1L, Rotation.WEEKLY, START, List.of(10L, 20L), null);

        for (int day = 0; day < 7; day++) {
            assertThat(roster.strikerOn(START.plusDays(day))).contains(10L);
        }
        assertThat(roster.strikerOn(START.plusDays(7))).contains(20L);
        assertThat(roster.strikerOn(START.plusDays(13))).contains(20L);
        assertThat(roster.strikerOn(START.plusDays(14))).contains(10L);
    }

    @Test
    void fixedRotationAlwaysNamesTheFirstStriker() {
        DutyRoster roster = new DutyRoster(1L, Rotation.FIXED, START, List.of(10L, 20L), 20L);

        assertThat(roster.strikerOn(START)).contains(10L);
        assertThat(roster.strikerOn(START.plusDays(40))).contains(10L);
        assertThat(roster.strikerOn(START.minusDays(3))).contains(10L);
    }

    @Test
    void nightsBeforeTheStartContinueTheSameTurnOrderBackwards() {
        DutyRoster daily = new DutyRoster(1L, Rotation.DAILY, START, List.of(10L, 20L, 30L), null);
        DutyRoster weekly = new DutyRoster(1L, Rotation.WEEKLY, START, List.of(10L, 20L), null);

        assertThat(daily.strikerOn(START.minusDays(1))).contains(30L);
        assertThat(daily.strikerOn(START.minusDays(2))).contains(20L);
        assertThat(daily.strikerOn(START.minusDays(3))).contains(10L);
        assertThat(weekly.strikerOn(START.minusDays(1))).contains(20L);
        assertThat(weekly.strikerOn(START.minusDays(7))).contains(20L);
        assertThat(weekly.strikerOn(START.minusDays(8))).contains(10L);
    }

    @Test
    void anEmptyRosterNamesNobody() {
        DutyRoster roster = new DutyRoster(1L, Rotation.DAILY, START, List.of(), 99L);

        assertThat(roster.strikerOn(START)).isEmpty();
        assertThat(roster.getBackupId()).isEqualTo(99L);
        assertThat(new DutyRoster(1L, null, START, null, null).strikerOn(START)).isEmpty();
    }

    @Test
    void aStrikerTwiceOrNoStartDateIsRefused() {
        assertThatThrownBy(() -> new DutyRoster(1L, Rotation.DAILY, START, List.of(10L, 10L), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new DutyRoster(1L, Rotation.DAILY, null, List.of(10L), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startDate");
    }
}
