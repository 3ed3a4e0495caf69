package vn.keng.duty;

/**
 * The scheduled steps of one commune's night, in order. Each runs at most once per commune and
 * night (the round ledger's key), however often the scheduler fires it.
 */
public enum RoundStep {
    /** Gong time minus the reminder lead: records created, strikers reminded. */
    START,
    /** Remind the striker again and ask the backup. */
    BACKUP,
    /** Tell the village head. */
    HEAD,
    /** Tell the commune police. */
    POLICE,
    /** Unconfirmed nights become MISSED. */
    CLOSE,
    /** The morning digest to the commune's police and officials. */
    DIGEST
}
