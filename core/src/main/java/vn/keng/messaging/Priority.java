package vn.keng.messaging;

/** Outbound priority: alarms first, then duty reminders, then reports, then everything else. */
public enum Priority {
    ALARM, DUTY, REPORT, INFO;

    /** Alarms and duty messages fall back to another channel and ignore opt-outs. */
    public boolean critical() {
        return this == ALARM || this == DUTY;
    }
}
