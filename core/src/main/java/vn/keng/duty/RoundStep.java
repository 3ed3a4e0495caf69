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
    DIGEST,
    /** Gong time plus the patrol lead: patrol records created, the patrol leaders reminded. */
    PATROL,
    /** The patrol's report is overdue: remind the leader again and ask the backup. */
    PAT_BACKUP,
    /** Tell the village head that the patrol was not reported. */
    PAT_HEAD,
    /** Tell the commune police that the patrol was not reported. */
    PAT_POLICE,
    /** Unreported patrols become MISSED. */
    PAT_CLOSE;

    /** Whether the step belongs to the patrol after the gong rather than to the gong itself. */
    public boolean patrol() {
        return ordinal() >= PATROL.ordinal();
    }
}
