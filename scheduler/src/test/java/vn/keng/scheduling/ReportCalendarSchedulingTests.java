package vn.keng.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.SchedulingTestApplication;
import vn.keng.duty.DutyTestSupport;
import vn.keng.duty.RecordingNotifications;
import vn.keng.duty.RoundFixture;
import vn.keng.registry.Registry;
import vn.keng.testing.FakeChannels;

/**
 * The reporting calendar's Quartz job: a persisted hourly cron trigger in Vietnam's zone on the
 * clustered store, and a firing that reminds the village head once however often it fires.
 */
@SpringBootTest(classes = {SchedulingTestApplication.class, DutyTestSupport.class, FakeChannels.class},
        properties = {"spring.quartz.properties.org.quartz.jobStore.misfireThreshold=" + Nodes.MISFIRE_THRESHOLD_MS,
                "keng.messaging.dispatcher.enabled=false"})
class ReportCalendarSchedulingTests {

    @Autowired Scheduler scheduler;
    @Autowired Registry registry;
    @Autowired RecordingNotifications sent;
    @Autowired TransactionTemplate tx;

    @Test
    void anHourlyCronTriggerInVietnamRemindsTheVillageHeadOncePerDeadline() throws Exception {
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("report-calendar", "report"));
        assertThat(trigger.getCronExpression()).isEqualTo("0 5 * * * ?");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");

        // a commune whose villages' deadline is today (real time: Quartz fires on it); the commune's is the
        // year's last day, which must come after it (on 31/12 itself there is no such day: nothing to test)
        MonthDay today = MonthDay.from(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        Assumptions.assumeTrue(today.isBefore(MonthDay.of(12, 31)));
        RoundFixture f = tx.execute(s -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        tx.executeWithoutResult(s -> registry.commune(f.commune).changeReportDeadlines(today, MonthDay.of(12, 31)));

        JobKey job = JobKey.jobKey("report-calendar", "report");
        scheduler.triggerJob(job);
        await().atMost(Duration.ofSeconds(30)).until(() -> !sent.templatesTo(f.head).isEmpty());
        scheduler.triggerJob(job);
        scheduler.triggerJob(job);
        await().atMost(Duration.ofSeconds(30)).until(() -> scheduler.getCurrentlyExecutingJobs().isEmpty());

        assertThat(sent.templatesTo(f.head)).containsExactly("calendar.village_reminder");
    }
}
