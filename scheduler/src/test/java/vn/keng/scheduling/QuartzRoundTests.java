package vn.keng.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.SchedulingTestApplication;
import vn.keng.duty.GongSettings;
import vn.keng.registry.CommuneChange;
import vn.keng.duty.DutyStatus;
import vn.keng.duty.DutyTestSupport;
import vn.keng.duty.GongRounds;
import vn.keng.duty.RecordingNotifications;
import vn.keng.testing.FakeChannels;
import vn.keng.duty.RoundEntry;
import vn.keng.duty.RoundFixture;
import vn.keng.duty.RoundRecords;
import vn.keng.duty.RoundSchedule;
import vn.keng.duty.RoundStep;
import vn.keng.registry.Registry;

/**
 * The real Quartz (clustered JDBC job store on the test database) driving the core: triggers per
 * step in the commune's zone, re-planned on a settings change, overdue starts and misfires. The
 * clock follows real time here, since Quartz fires on it.
 */
@SpringBootTest(classes = {SchedulingTestApplication.class, DutyTestSupport.class, FakeChannels.class},
        properties = {"spring.quartz.properties.org.quartz.jobStore.misfireThreshold=" + Nodes.MISFIRE_THRESHOLD_MS,
                "keng.messaging.dispatcher.enabled=false"})
class QuartzRoundTests {

    @Autowired Scheduler scheduler;
    @Autowired RoundPlanner planner;
    @Autowired GongRounds rounds;
    @Autowired RoundRecords records;
    @Autowired Registry registry;
    @Autowired RecordingNotifications sent;
    @Autowired TransactionTemplate tx;
    @Autowired GongSettings gongSettings;

    @Test
    void plansEveryStepOfTheNextNightsInTheCommunesOwnZone() throws Exception {
        RoundFixture f = fixtureWithGongAt("Asia/Tokyo", Duration.ofHours(2));
        planner.plan(f.commune);

        LocalDate today = LocalDate.now(f.zone);
        int planned = 0;
        for (LocalDate night : new LocalDate[] {today, today.plusDays(1)}) {
            RoundSchedule schedule = rounds.schedule(f.commune, night);
            if (!Instant.now().isBefore(schedule.deadline())) {
                continue;
            }
            for (RoundStep step : RoundStep.values()) {
                Trigger trigger = scheduler.getTrigger(RoundPlanner.triggerKey(f.commune, night, step));
                assertThat(trigger.getStartTime()).isEqualTo(Date.from(schedule.at(step)));
                assertThat(trigger.getMisfireInstruction()).isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
                assertThat(trigger.getJobDataMap().getString(RoundStepJob.NIGHT)).isEqualTo(night.toString());
                planned++;
            }
        }
        assertThat(planned).isGreaterThanOrEqualTo(RoundStep.values().length);
    }

    @Test
    void aSettingsChangeMovesTheTriggersOfANightNotStarted() throws Exception {
        RoundFixture f = fixtureWithGongAt(aboutNoon(), Duration.ofHours(3));
        planner.plan(f.commune);
        LocalDate planned = Instant.now().isBefore(rounds.schedule(f.commune, LocalDate.now(f.zone)).deadline())
                ? LocalDate.now(f.zone) : LocalDate.now(f.zone).plusDays(1);

        gongSettings.change(f.commune, new CommuneChange(null, null, null, null, Duration.ofMinutes(30), null,
                null, null, null, null, null, null, null));

        Trigger start = scheduler.getTrigger(RoundPlanner.triggerKey(f.commune, planned, RoundStep.START));
        assertThat(start.getStartTime()).isEqualTo(Date.from(rounds.schedule(f.commune, planned).at(RoundStep.START)));
        assertThat(rounds.schedule(f.commune, planned).at(RoundStep.START))
                .isEqualTo(rounds.schedule(f.commune, planned).gongAt().minus(Duration.ofMinutes(30)));
    }

    @Test
    void anOverdueStartWithinTheGraceRunsTheRoundAtOnce() throws Exception {
        RoundFixture f = fixtureWithGongAt(aboutNoon(), Duration.ZERO);
        LocalDate night = LocalDate.now(f.zone);
        planner.plan(f.commune);

        await().atMost(Duration.ofSeconds(30)).until(() -> sent.templatesTo(f.striker).contains("duty.reminder"));
        assertThat(records.night(f.commune, night)).extracting(RoundEntry::status).containsOnly(DutyStatus.PENDING);
    }

    @Test
    void aStartTriggerThatMisfiredPastTheGraceRecordsServiceDown() throws Exception {
        RoundFixture f = fixtureWithGongAt(aboutNoon(), Duration.ZERO);
        LocalDate yesterday = LocalDate.now(f.zone).minusDays(1);
        planner.schedule(f.commune, yesterday, RoundStep.START, rounds.schedule(f.commune, yesterday).at(RoundStep.START));

        await().atMost(Duration.ofSeconds(30)).until(() -> rounds.started(f.commune, yesterday));
        assertThat(records.night(f.commune, yesterday)).extracting(RoundEntry::status)
                .containsOnly(DutyStatus.SERVICE_DOWN);
        assertThat(sent.to(f.striker)).isEmpty();
    }

    @Test
    void aStepFiredTwiceRunsOnce() throws Exception {
        RoundFixture f = fixtureWithGongAt(aboutNoon(), Duration.ofHours(2));
        LocalDate night = LocalDate.now(f.zone);
        planner.schedule(f.commune, night.plusDays(2), RoundStep.DIGEST, Instant.now().plus(Duration.ofDays(2)));
        JobDataMap data = new JobDataMap();
        data.put(RoundStepJob.COMMUNE, f.commune);
        data.put(RoundStepJob.NIGHT, night.toString());
        data.put(RoundStepJob.STEP, RoundStep.START.name());
        JobKey job = JobKey.jobKey("round-" + f.commune, RoundPlanner.GROUP);

        scheduler.triggerJob(job, data);
        scheduler.triggerJob(job, data);

        await().atMost(Duration.ofSeconds(30)).until(() -> scheduler.getTriggersOfJob(job).size() == 1
                && scheduler.getCurrentlyExecutingJobs().stream().noneMatch(j -> j.getJobDetail().getKey().equals(job)));
        assertThat(rounds.started(f.commune, night)).isTrue();
        assertThat(sent.templatesTo(f.striker)).containsExactly("duty.reminder");
        assertThat(records.night(f.commune, night)).hasSize(2);
    }

    /**
     * A time zone where it is now between noon and 13:00: a gong a few hours ahead falls on the same
     * night whatever the hour this test runs at (in Vietnam, after 22:00 it would be tomorrow's).
     */
    private static String aboutNoon() {
        int hours = 12 - java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).getHour();
        return java.time.ZoneOffset.ofHours(Math.max(-12, Math.min(14, hours))).getId();
    }

    /** A commune whose gong time is the current local minute plus the offset, reminded 10 minutes before. */
    private RoundFixture fixtureWithGongAt(String zone, Duration fromNow) {
        return tx.execute(s -> {
            RoundFixture f = new RoundFixture(registry, zone);
            LocalTime gong = LocalDateTime.now(f.zone).plus(fromNow).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
            registry.commune(f.commune).changeGongTime(gong);
            return f;
        });
    }
}
