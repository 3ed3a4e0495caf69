package vn.keng.incident;

/** Where an incident stands. */
public enum IncidentStatus {
    /** Reported by a known person, alarms sent, not closed yet. */
    OPEN,
    /** Closed by a leader, the village head or the police: handled. */
    RESOLVED,
    /** Closed as a false alarm. */
    FALSE_ALARM,
    /** Reported by an unknown number: only the police and the village head were told, to verify it. */
    UNVERIFIED,
    /** An unverified report the police or village head dismissed. */
    DISMISSED;

    public boolean isClosed() {
        return this == RESOLVED || this == FALSE_ALARM || this == DISMISSED;
    }
}
