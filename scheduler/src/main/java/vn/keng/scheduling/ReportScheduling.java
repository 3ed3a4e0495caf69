package vn.keng.scheduling;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.keng.report.ReportDelivery;

/**
 * Scheduled report delivery on the clustered Quartz, on only with
 * {@code keng.report.schedule.enabled=true}: last month's report (default 07:00 on the 1st) and the
 * movement year's (default 07:00 on 15/11) to every commune's officials. Each firing runs on one
 * instance of the cluster; a firing missed while the service was down runs once at restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "keng.report.schedule.enabled", havingValue = "true")
@EnableConfigurationProperties(ReportScheduling.Settings.class)
class ReportScheduling {

    static final String GROUP = "reports";

    /**
     * @param monthlyCron and {@code movementCron}: Spring's six-field cron (second first), as before
     *        Quartz ran them; a {@code *} day of week (or day of month) becomes Quartz's {@code ?}
     * @param zone the time zone of the crons
     */
    @ConfigurationProperties("keng.report.schedule")
    record Settings(@DefaultValue("false") boolean enabled, @DefaultValue("0 0 7 1 * *") String monthlyCron,
            @DefaultValue("0 0 7 15 11 *") String movementCron, @DefaultValue("Asia/Ho_Chi_Minh") String zone) {
    }

    @Bean
    JobDetail monthlyReportJob() {
        return JobBuilder.newJob(MonthlyReportJob.class).withIdentity("monthly-report", GROUP).storeDurably()
                .withDescription("Last month's report to every commune's officials").build();
    }

    @Bean
    JobDetail movementReportJob() {
        return JobBuilder.newJob(MovementReportJob.class).withIdentity("movement-report", GROUP).storeDurably()
                .withDescription("The movement year's report to every commune's officials").build();
    }

    @Bean
    Trigger monthlyReportTrigger(JobDetail monthlyReportJob, Settings settings) {
        return cron(monthlyReportJob, settings.monthlyCron(), settings.zone());
    }

    @Bean
    Trigger movementReportTrigger(JobDetail movementReportJob, Settings settings) {
        return cron(movementReportJob, settings.movementCron(), settings.zone());
    }

    private static Trigger cron(JobDetail job, String springCron, String zone) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(quartzCron(springCron))
                        .inTimeZone(TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** Spring's "0 0 7 1 * *" as Quartz's "0 0 7 1 * ?": Quartz wants one of the two day fields unset. */
    static String quartzCron(String springCron) {
        String[] f = springCron.trim().split("\\s+");
        if (f.length != 6) {
            throw new IllegalArgumentException("A report cron has six fields, second first (was '" + springCron + "')");
        }
        if (f[5].equals("*")) {
            f[5] = "?";
        } else if (f[3].equals("*")) {
            f[3] = "?";
        }
        return String.join(" ", f);
    }

    @DisallowConcurrentExecution
    static class MonthlyReportJob implements Job {

        private final ReportDelivery delivery;

        MonthlyReportJob(ReportDelivery delivery) {
            this.delivery = delivery;
        }

        @Override
        public void execute(JobExecutionContext context) {
            delivery.monthly();
        }
    }

    @DisallowConcurrentExecution
    static class MovementReportJob implements Job {

        private final ReportDelivery delivery;

        MovementReportJob(ReportDelivery delivery) {
            this.delivery = delivery;
        }

        @Override
        public void execute(JobExecutionContext context) {
            delivery.movementYear();
        }
    }
}
