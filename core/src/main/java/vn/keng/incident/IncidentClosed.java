package vn.keng.incident;

import java.time.Instant;

/**
 * An incident was closed: resolved, false alarm, or (unverified) dismissed.
 *
 * @param firstComingAt when the first responder answered "coming", or null: the response time for reports
 */
public record IncidentClosed(long incidentId, IncidentKind kind, IncidentStatus status, Long villageId,
        Instant reportedAt, Instant firstComingAt, Instant closedAt) {
}
