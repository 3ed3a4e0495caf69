package vn.keng.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.JobPersistenceException;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.keng.duty.GongRounds;
import vn.keng.duty.RoundSchedule;
import vn.keng.duty.RoundStep;
import vn.keng.registry.Commune;
import vn.keng.registry.Communes;

/**
 * Keeps one persisted one-shot trigger per step of each commune's next nights (tonight and
 * tomorrow night, in the commune's time zone). A night whose round has started keeps its triggers
 * untouched, so a restart continues it; a night not started yet follows the commune's current
 * settings. One-shot triggers carry their night explicitly: a trigger that fires late (the service
 * was down) still names the night it was for, and the core decides: run at once within the grace,
 * else record the night as SERVICE_DOWN.
 */
@Component
class RoundPlanner {

    static final String GROUP = "duty";
    private static final Logger log = LoggerFactory.getLogger(RoundPlanner.class);

    private final Scheduler scheduler;
    private final GongRounds rounds;
    private final Communes communes;
    private final Clock clock;

    RoundPlanner(Scheduler scheduler, GongRounds rounds, Communes communes, Clock clock) {
        this.scheduler = scheduler;
        this.rounds = rounds;
        this.communes = communes;
        this.clock = clock;
    }

    void planAll() {
        for (Commune commune : communes.findAll()) {
            try {
                plan(commune.getId());
            } catch (RuntimeException | SchedulerException e) {
                log.error("Could not plan the rounds of commune {}", commune.getId(), e);
            }
        }
    }

    /**
     * (Re)builds the triggers of the commune's nights that have not started. Two instances may plan
     * the same commune at the same moment (both start, or both sweep): Quartz then reports a trigger
     * that the other replaced mid-read. Planning is idempotent, so it simply runs again.
     */
    void plan(long communeId) throws SchedulerException {
        for (int attempt = 1; ; attempt++) {
            try {
                planOnce(communeId);
                return;
            } catch (JobPersistenceException raced) {
                if (attempt == 3) {
                    throw raced;
                }
                log.debug("Planning commune {} raced with another instance ({}); planning again", communeId,
                        raced.getMessage());
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(50, 250));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw raced;
                }
            }
        }
    }

    private void planOnce(long communeId) throws SchedulerException {
        Instant now = clock.instant();
        LocalDate today = RoundSchedule.nightAt(communes.findById(communeId).orElseThrow(), now);
        for (LocalDate night : List.of(today, today.plusDays(1))) {
            if (rounds.started(communeId, night)) {
                continue;
            }
            RoundSchedule schedule = rounds.schedule(communeId, night);
            if (!now.isBefore(schedule.deadline())) {
                dropFutureTriggers(communeId, night, now);
                continue; // too late to remind: only a trigger persisted before the outage may run it (SERVICE_DOWN)
            }
            for (RoundStep step : RoundStep.values()) {
                Instant at = schedule.at(step);
                if (at.isBefore(now)) {
                    at = now.plusMillis(step.ordinal()); // overdue within the grace: at once, in step order
                }
                schedule(communeId, night, step, at);
            }
        }
    }

    /** Creates or moves the trigger of one step; a trigger already at that time is left alone. */
    void schedule(long communeId, LocalDate night, RoundStep step, Instant at) throws SchedulerException {
        JobKey job = ensureJob(communeId);
        TriggerKey key = triggerKey(communeId, night, step);
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
                .startAt(Date.from(at)).withPriority(10 - step.ordinal())
                .usingJobData(RoundStepJob.COMMUNE, communeId)
                .usingJobData(RoundStepJob.NIGHT, night.toString())
                .usingJobData(RoundStepJob.STEP, step.name())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        Trigger existing = scheduler.getTrigger(key);
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
            } catch (ObjectAlreadyExistsException raced) {
                log.debug("Trigger {} was scheduled by another instance", key);
            } catch (JobPersistenceException raced) {
                if (scheduler.getTrigger(key) == null) {
                    throw raced;
                }
                log.debug("Trigger {} was scheduled concurrently", key);
            }
        } else if (!existing.getStartTime().equals(trigger.getStartTime())) {
            scheduler.rescheduleJob(key, trigger);
        }
    }

    /**
     * The commune moved its gong time to before now: tonight's triggers still waiting for the old
     * time are dropped (no round tonight), while an overdue trigger left by an outage stays and
     * records the night as SERVICE_DOWN.
     */
    private void dropFutureTriggers(long communeId, LocalDate night, Instant now) throws SchedulerException {
        for (RoundStep step : RoundStep.values()) {
            TriggerKey key = triggerKey(communeId, night, step);
            Trigger trigger = scheduler.getTrigger(key);
            if (trigger != null && trigger.getNextFireTime() != null && trigger.getNextFireTime().toInstant().isAfter(now)
                    && trigger.getStartTime().toInstant().isAfter(now)) {
                scheduler.unscheduleJob(key);
                log.info("Commune {} moved its gong time before now: no round for {} ({} dropped)", communeId, night, step);
            }
        }
    }

    private JobKey ensureJob(long communeId) throws SchedulerException {
        JobKey key = JobKey.jobKey("round-" + communeId, GROUP);
        if (!scheduler.checkExists(key)) {
            JobDetail job = JobBuilder.newJob(RoundStepJob.class).withIdentity(key).storeDurably()
                    .withDescription("Nightly gong round of commune " + communeId).build();
            try {
                scheduler.addJob(job, false);
            } catch (JobPersistenceException raced) { // already exists, or added concurrently
                log.debug("Job {} was added by another instance", key);
            }
        }
        return key;
    }

    static TriggerKey triggerKey(long communeId, LocalDate night, RoundStep step) {
        return TriggerKey.triggerKey("round-" + communeId + "-" + night + "-" + step, GROUP);
    }
}
