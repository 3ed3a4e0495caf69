package vn.keng.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled delivery, on only with {@code keng.report.schedule.enabled=true} (off by default): the
 * monthly report on the 1st and the movement-year report on 15/11, both at 07:00 commune time by
 * default. Spring's scheduler runs on every instance; {@link ReportDelivery} sends each report once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "keng.report.schedule.enabled", havingValue = "true")
class ReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final ReportDelivery delivery;

    ReportSchedule(ReportDelivery delivery) {
        this.delivery = delivery;
        log.info("Scheduled report delivery is on");
    }

    @Scheduled(cron = "${keng.report.schedule.monthly-cron:0 0 7 1 * *}", zone = "${keng.report.schedule.zone:Asia/Ho_Chi_Minh}")
    void monthly() {
        delivery.monthly();
    }

    @Scheduled(cron = "${keng.report.schedule.movement-cron:0 0 7 15 11 *}", zone = "${keng.report.schedule.zone:Asia/Ho_Chi_Minh}")
    void movementYear() {
        delivery.movementYear();
    }
}
