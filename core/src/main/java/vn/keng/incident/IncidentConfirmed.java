package vn.keng.incident;

import java.time.Instant;

/** An unverified report was confirmed by a verifier (village head, police, official): its alarms go out now. */
public record IncidentConfirmed(long incidentId, Long communeId, Long villageId, long confirmedBy, Instant confirmedAt) {
}
