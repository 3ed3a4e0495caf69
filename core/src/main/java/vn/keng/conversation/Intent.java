package vn.keng.conversation;

/** What free text means, as the intent model reads it. */
public enum Intent {
    FIRE, THEFT, RESCUE, DISORDER, REPORT, HELP, NONE;

    /** An incident that alarms people: fire, theft, rescue, disorder. */
    public boolean emergency() {
        return this == FIRE || this == THEFT || this == RESCUE || this == DISORDER;
    }
}
