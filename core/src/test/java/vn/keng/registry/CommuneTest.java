package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class CommuneTest {

    private final Commune commune = new Commune(" Xã Đồng Thịnh ", "Thanh Hóa");

    @Test
    void aNewCommuneStartsFromTheDefaults() {
        assertThat(commune.getName()).isEqualTo("Xã Đồng Thịnh");
        assertThat(commune.getTimeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(commune.getGongTime()).isEqualTo(LocalTime.of(22, 0));
        assertThat(commune.getReminderLead()).isEqualTo(Duration.ofMinutes(10));
        assertThat(commune.getLanguage()).isEqualTo(Language.VI);
    }

    @Test
    void nameAndProvinceAreRequiredAndBounded() {
        assertThatThrownBy(() -> new Commune(" ", "Thanh Hóa")).hasMessageContaining("name is required");
        assertThatThrownBy(() -> new Commune("Xã A", null)).hasMessageContaining("provinceName is required");
        assertThatThrownBy(() -> new Commune("x".repeat(201), "Thanh Hóa")).hasMessageContaining("longer than 200");
    }

    @Test
    void gongTimeIsKeptInWholeMinutes() {
        commune.changeGongTime(LocalTime.of(21, 30, 45));

        assertThat(commune.getGongTime()).isEqualTo(LocalTime.of(21, 30));
        assertThatThrownBy(() -> commune.changeGongTime(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reminderLeadMustLieBetweenZeroAndTwelveHours() {
        commune.changeReminderLead(Duration.ofMinutes(15));
        assertThat(commune.getReminderLead()).isEqualTo(Duration.ofMinutes(15));

        assertThatThrownBy(() -> commune.changeReminderLead(Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reminderLead");
        assertThatThrownBy(() -> commune.changeReminderLead(Duration.ofHours(13)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> commune.changeReminderLead(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(commune.getReminderLead()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void escalationWaitsMustGrowAndAFailedChangeKeepsTheOldLadder() {
        commune.changeEscalation(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(10),
                Duration.ofMinutes(20), Duration.ofMinutes(40));
        assertThat(commune.getPoliceAfter()).isEqualTo(Duration.ofMinutes(20));

        assertThatThrownBy(() -> commune.changeEscalation(Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofMinutes(10), Duration.ofMinutes(40), Duration.ofMinutes(50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headAfter");
        assertThat(commune.getBackupAfter()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void timeZoneIsRequired() {
        commune.changeTimeZone(ZoneId.of("Asia/Bangkok"));
        assertThat(commune.getTimeZone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
        assertThatThrownBy(() -> commune.changeTimeZone(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
