package vn.keng.duty;

/** What became of one gong point's night. Only PENDING is open. */
public enum DutyStatus {
    /** Reminded (or about to be), not confirmed yet. */
    PENDING,
    /** Confirmed by the gong time plus the grace. */
    ON_TIME,
    /** Confirmed after the gong time plus the grace, before the night closed. */
    LATE,
    /** Nobody confirmed before the night closed. */
    MISSED,
    /** Shown when an official excused the night; the stored record keeps its own status. */
    EXCUSED,
    /** Confirmed by someone who was neither on duty nor asked by the escalation. */
    SUBSTITUTE,
    /** Not reminded: the service was down at reminder time. Never the striker's miss. */
    SERVICE_DOWN;

    public boolean open() {
        return this == PENDING;
    }
}
