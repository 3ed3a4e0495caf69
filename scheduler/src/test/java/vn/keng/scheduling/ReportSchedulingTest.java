package vn.keng.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

/** The report triggers fire when the Spring crons of before said, in the commune's time zone. */
class ReportSchedulingTest {

    private final ReportScheduling scheduling = new ReportScheduling();
    private final ReportScheduling.Settings defaults = new ReportScheduling.Settings(true, "0 0 7 1 * *",
            "0 0 7 15 11 *", "Asia/Ho_Chi_Minh");
    private final ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void theMonthlyReportGoesAtSevenOnTheFirstHanoiTime() {
        Trigger trigger = scheduling.monthlyReportTrigger(scheduling.monthlyReportJob(), defaults);
        Date next = trigger.getFireTimeAfter(Date.from(ZonedDateTime.of(2026, 11, 29, 12, 0, 0, 0, hanoi).toInstant()));
        assertThat(next.toInstant()).isEqualTo(ZonedDateTime.of(2026, 12, 1, 7, 0, 0, 0, hanoi).toInstant());
    }

    @Test
    void theMovementYearReportGoesAtSevenOnTheFifteenthOfNovember() {
        Trigger trigger = scheduling.movementReportTrigger(scheduling.movementReportJob(), defaults);
        Date next = trigger.getFireTimeAfter(Date.from(ZonedDateTime.of(2026, 11, 29, 12, 0, 0, 0, hanoi).toInstant()));
        assertThat(next.toInstant()).isEqualTo(ZonedDateTime.of(2027, 11, 15, 7, 0, 0, 0, hanoi).toInstant());
        assertThat(trigger.getMisfireInstruction()).isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    @Test
    void springCronsBecomeQuartzCronsAndBadOnesAreRefused() {
        assertThat(ReportScheduling.quartzCron("0 0 7 1 * *")).isEqualTo("0 0 7 1 * ?");
        assertThat(ReportScheduling.quartzCron("0 30 6 * * MON")).isEqualTo("0 30 6 ? * MON");
        assertThatThrownBy(() -> ReportScheduling.quartzCron("0 7 1 * *")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("six fields");
    }
}
