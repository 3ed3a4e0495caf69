package vn.keng.report;

import org.springframework.stereotype.Component;

import vn.keng.platform.Limiter;

/**
 * Limits report requests per person (a report is heavy: queries, PDF, workbook, chart), shared by
 * every instance through the platform's {@link Limiter}: at most {@code keng.report.requests-per-window}
 * in any {@code keng.report.request-window} (default 5 in 10 minutes; once spent, one more every
 * window/limit). When Redis is unreachable each instance limits locally at its share.
 */
@Component
class ReportRequests {

    private final Limiter limiter;
    private final ReportSettings settings;

    ReportRequests(Limiter limiter, ReportSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    /** Counts one request; false when the person is over the limit. */
    boolean tryAcquire(long personId) {
        return limiter.allow("report:requests:" + personId, settings.requestsPerWindow(), settings.requestWindow());
    }

    /** When a refused person may ask again: one request frees every window/limit (at least a minute). */
    long retryMinutes() {
        long seconds = settings.requestWindow().toSeconds() / Math.max(1, settings.requestsPerWindow());
        return Math.max(1, (seconds + 59) / 60);
    }
}
