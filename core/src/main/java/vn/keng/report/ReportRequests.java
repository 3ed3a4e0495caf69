package vn.keng.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

/**
 * Limits report requests per person (a report is heavy: queries, PDF, workbook, chart), shared by
 * every instance through Redis: at most {@code keng.report.requests-per-window} in
 * {@code keng.report.request-window} (default 5 in 10 minutes), a fixed window per person.
 * When Redis is unreachable, requests are let through (the inbound flood limit still applies).
 */
@Component
class ReportRequests {

    private static final Logger log = LoggerFactory.getLogger(ReportRequests.class);

    private final UnifiedJedis redis;
    private final ReportSettings settings;

    ReportRequests(UnifiedJedis redis, ReportSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Counts one request; false when the person is over the limit. */
    boolean tryAcquire(long personId) {
        String key = "keng:report:requests:" + personId;
        try {
            long count = redis.incr(key);
            if (count == 1) {
                redis.expire(key, Math.max(1, settings.requestWindow().toSeconds()));
            }
            return count <= settings.requestsPerWindow();
        } catch (RuntimeException e) {
            log.warn("Report rate limit unavailable (Redis): {}", e.getMessage());
            return true;
        }
    }

    long windowMinutes() {
        return Math.max(1, settings.requestWindow().toMinutes());
    }
}
