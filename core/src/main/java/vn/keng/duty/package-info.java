/**
 * The nightly gong round: who is on duty at each gong point tonight, the reminder, the striker's
 * confirmation, the escalation ladder (backup, village head, commune police), the record of every
 * night (never rewritten, only annotated) and the morning digest. Scheduling lives outside: the
 * {@code scheduler} module calls {@link vn.keng.duty.GongRounds#run} with ids only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duty")
package vn.keng.duty;
