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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.keng.report.ReportCalendar;

/**
 * The reporting calendar's reminders: a durable job on a persisted cron trigger (hourly at minute 5,
 * Asia/Ho_Chi_Minh), clustered like every Quartz job here, so one instance fires it each hour. The
 * core sends each reminder once per person and deadline whoever fires it, however often.
 */
@Configuration(proxyBeanMethods = false)
class ReportCalendarScheduling {

    static final String GROUP = "report";

    @Bean
    JobDetail reportCalendarJob() {
        return JobBuilder.newJob(ReportCalendarJob.class).withIdentity("report-calendar", GROUP).storeDurably()
                .withDescription("Reminds village heads and officials before the report deadlines").build();
    }

    @Bean
    Trigger reportCalendarTrigger(JobDetail reportCalendarJob) {
        return TriggerBuilder.newTrigger().forJob(reportCalendarJob).withIdentity("report-calendar", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule("0 5 * * * ?")
                        .inTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** Thin: passes nothing, the core finds what is due. */
    @DisallowConcurrentExecution
    static class ReportCalendarJob implements Job {

        private static final Logger log = LoggerFactory.getLogger(ReportCalendarJob.class);

        private final ReportCalendar calendar;

        ReportCalendarJob(ReportCalendar calendar) {
            this.calendar = calendar;
        }

        @Override
        public void execute(JobExecutionContext context) {
            int sent = calendar.remindDue();
            if (sent > 0) {
                log.info("Report calendar: {} reminder(s) queued", sent);
            }
        }
    }
}
