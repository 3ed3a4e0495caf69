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
 */
@ConfigurationProperties("keng.report")
record ReportSettings(@DefaultValue("150") int householdsPerGong, @DefaultValue("5") int requestsPerWindow,
        @DefaultValue("PT10M") Duration requestWindow) {
}
