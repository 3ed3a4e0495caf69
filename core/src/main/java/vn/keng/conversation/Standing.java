package vn.keng.conversation;

/** What the service has asked of a person right now, which gates what their words may do. */
public enum Standing {
    /** On duty, backup, asked to strike, or head of a village whose gong is still unconfirmed (or was, in the last day). */
    GONG_DUTY,
    /** Alarmed about an incident that is still open (whether their role may close it is the incident's rule). */
    ALERTED,
    /** Asked to confirm or dismiss a report from an unknown number. */
    VERIFIER
}
