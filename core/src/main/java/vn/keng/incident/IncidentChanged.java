package vn.keng.incident;

/**
 * An incident's record changed in a way its figures show, besides being reported
 * ({@link IncidentReported}), confirmed ({@link IncidentConfirmed}) or closed ({@link IncidentClosed}):
 * someone answered, the strikers were asked to strike the alarm gong. A notification with the
 * incident's id: a consumer reads the incident as it is now through {@link IncidentFacts}, so a
 * late or repeated delivery changes nothing.
 *
 * @param what ANSWERED or GONG_REQUESTED (for logs and consumers that care)
 */
public record IncidentChanged(long incidentId, String what) {
}
