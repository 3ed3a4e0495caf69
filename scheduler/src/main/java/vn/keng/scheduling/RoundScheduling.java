package vn.keng.scheduling;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.keng.duty.CommuneSettingsChanged;

/**
 * The planner's own job and trigger (beans: Spring Boot registers them with the scheduler at every
 * startup, so the plan also runs once at startup, on one instance of the cluster), and the re-plan
 * of a commune whose settings changed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingSettings.class)
class RoundScheduling {

    private static final Logger log = LoggerFactory.getLogger(RoundScheduling.class);

    @Bean
    JobDetail roundPlanJob() {
        return JobBuilder.newJob(RoundPlanJob.class).withIdentity("round-planner", RoundPlanner.GROUP)
                .storeDurably().withDescription("Plans every commune's next gong rounds").build();
    }

    @Bean
    Trigger roundPlanTrigger(JobDetail roundPlanJob, SchedulingSettings settings) {
        return TriggerBuilder.newTrigger().forJob(roundPlanJob).withIdentity("round-planner", RoundPlanner.GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.planEvery().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @Bean
    JobDetail eventRetryJob() {
        return JobBuilder.newJob(EventRetryJob.class).withIdentity("event-retry", RoundPlanner.GROUP)
                .storeDurably().withDescription("Hands incomplete event publications to their listeners again").build();
    }

    @Bean
    Trigger eventRetryTrigger(JobDetail eventRetryJob, SchedulingSettings settings) {
        return TriggerBuilder.newTrigger().forJob(eventRetryJob).withIdentity("event-retry", RoundPlanner.GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.eventRetryAfter().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @Bean
    PlanTriggers planTriggers(RoundPlanner planner) {
        return new PlanTriggers(planner);
    }

    /**
     * Re-plans a commune whose settings changed, once the change is committed. The event is stored by
     * the event publication registry with the change: when re-planning fails (the database blinked),
     * the publication stays incomplete and {@link EventRetryJob} hands it here again; re-planning a
     * commune twice is harmless (its triggers are replaced).
     */
    static class PlanTriggers {

        private final RoundPlanner planner;

        PlanTriggers(RoundPlanner planner) {
            this.planner = planner;
        }

        @TransactionalEventListener
        void on(CommuneSettingsChanged event) throws SchedulerException {
            planner.plan(event.communeId());
            log.info("Rounds of commune {} re-planned after a settings change", event.communeId());
        }
    }

}
