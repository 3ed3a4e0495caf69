package vn.keng.duty;

/**
 * A commune's gong time, reminder lead, escalation waits or time zone changed: the scheduler
 * rebuilds its triggers for every night whose round has not started yet.
 */
public record CommuneSettingsChanged(long communeId) {
}
