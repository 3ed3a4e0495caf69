package vn.keng.incident;

import java.time.Instant;

/**
 * One incident as the reports count it.
 *
 * @param villageId null for an incident of the commune at large
 * @param firstComingAt the first "coming" answer (whatever the person answered later), or null
 * @param gongRequested whether the village's strikers were asked to strike the alarm gong
 */
public record IncidentFact(long incidentId, Long communeId, Long villageId, IncidentKind kind, IncidentStatus status,
        Instant reportedAt, Instant closedAt, Instant firstComingAt, boolean gongRequested) {
}
