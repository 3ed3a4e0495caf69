package vn.keng.incident;

import java.time.Instant;

/** An incident was opened (verified: alarms went out; or unverified: sent to be verified). */
public record IncidentReported(long incidentId, IncidentKind kind, Long communeId, Long villageId, Long groupId,
        Instant reportedAt, boolean verified) {
}
