package vn.keng.duty;

/** What a confirmation did to a night. */
enum Confirmation {
    ON_TIME, LATE, SUBSTITUTE,
    /** The same person had confirmed already: nothing changed. */
    ALREADY_CONFIRMED,
    /** The night was closed (confirmed by someone else, missed, service down): nothing changed. */
    CLOSED
}
