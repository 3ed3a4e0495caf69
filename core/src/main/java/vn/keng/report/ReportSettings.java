package vn.keng.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reports ({@code keng.report.*}).
 *
 * @param householdsPerGong above this many households per usable gong point a village is a
 *        candidate for another gong
 * @param requestsPerWindow report requests one person may make per window (chat)
 * @param requestWindow the window of that limit
 * @param schedule scheduled delivery to the commune's officials
 */
@ConfigurationProperties("keng.report")
record ReportSettings(@DefaultValue("150") int householdsPerGong, @DefaultValue("5") int requestsPerWindow,
        @DefaultValue("PT10M") Duration requestWindow, @DefaultValue Schedule schedule) {

    /**
     * @param enabled off by default
     * @param monthlyCron the monthly report (last month), default 07:00 on the 1st
     * @param movementCron the movement-year report, default 07:00 on 15/11
     * @param zone the time zone of the crons
     */
    record Schedule(@DefaultValue("false") boolean enabled, @DefaultValue("0 0 7 1 * *") String monthlyCron,
            @DefaultValue("0 0 7 15 11 *") String movementCron, @DefaultValue("Asia/Ho_Chi_Minh") String zone) {
    }
}
