package vn.keng.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** No notice SMS from 21:30 to 06:00 (the commune's time): inside, they wait for 06:00; outside, they go. */
class QuietHoursTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    final QuietHours hours = new QuietHours(true, LocalTime.of(21, 30), LocalTime.of(6, 0));

    static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, HANOI).toInstant();
    }

    @Test
    void eveningAndNightWaitForTheMorning() {
        assertThat(hours.smsNotBefore(at(27, 21, 30), HANOI)).isEqualTo(at(28, 6, 0));
        assertThat(hours.smsNotBefore(at(27, 23, 59), HANOI)).isEqualTo(at(28, 6, 0));
        assertThat(hours.smsNotBefore(at(28, 0, 0), HANOI)).isEqualTo(at(28, 6, 0));
        assertThat(hours.smsNotBefore(at(28, 5, 59), HANOI)).isEqualTo(at(28, 6, 0));
    }

    @Test
    void dayTimeGoesAtOnceAndSoDoesEverythingWhenTurnedOff() {
        assertThat(hours.smsNotBefore(at(28, 6, 0), HANOI)).isNull();
        assertThat(hours.smsNotBefore(at(28, 21, 29), HANOI)).isNull();
        assertThat(new QuietHours(false, LocalTime.of(21, 30), LocalTime.of(6, 0)).smsNotBefore(at(27, 23, 0), HANOI))
                .isNull();
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        QuietHours noon = new QuietHours(true, LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(noon.smsNotBefore(at(28, 12, 15), HANOI)).isEqualTo(at(28, 13, 30));
        assertThat(noon.smsNotBefore(at(28, 14, 0), HANOI)).isNull();
    }
}
