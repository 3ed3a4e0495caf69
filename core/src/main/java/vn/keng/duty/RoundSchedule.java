package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import vn.keng.registry.Commune;

/**
 * When each step of one commune's night runs, computed in the commune's time zone from its
 * settings: the reminder at gong time minus the lead, the escalation waits after the gong time,
 * the digest at the first digest time after the night closes.
 *
 * @param deadline the gong time plus the confirmation grace: confirmations after it are late, and a
 *        round that could not start before it is recorded as SERVICE_DOWN
 */
public record RoundSchedule(long communeId, LocalDate night, ZoneId zone, Instant gongAt, Instant deadline,
        Map<RoundStep, Instant> steps) {

    public RoundSchedule {
        steps = Map.copyOf(steps);
    }

    /** The patrol reminder this long after the gong time. */
    public static final java.time.Duration PATROL_AFTER = java.time.Duration.ofMinutes(5);
    /** The patrol is expected to be reported this long after the gong time. */
    public static final java.time.Duration PATROL_DUE = java.time.Duration.ofHours(2);

    public static RoundSchedule of(Commune commune, LocalDate night, LocalTime digestTime) {
        return of(commune, night, digestTime, PATROL_AFTER, PATROL_DUE);
    }

    /**
     * @param patrolAfter the patrol leader's reminder after the gong time
     * @param patrolDue when the patrol should be reported, after the gong time; the commune's
     *        escalation ladder (backup, head, police, close) runs after it as after the gong
     */
    public static RoundSchedule of(Commune commune, LocalDate night, LocalTime digestTime,
            java.time.Duration patrolAfter, java.time.Duration patrolDue) {
        ZoneId zone = commune.getTimeZone();
        Instant gong = LocalDateTime.of(night, commune.getGongTime()).atZone(zone).toInstant();
        Map<RoundStep, Instant> steps = new EnumMap<>(RoundStep.class);
        steps.put(RoundStep.START, gong.minus(commune.getReminderLead()));
        steps.put(RoundStep.BACKUP, gong.plus(commune.getBackupAfter()));
        steps.put(RoundStep.HEAD, gong.plus(commune.getHeadAfter()));
        steps.put(RoundStep.POLICE, gong.plus(commune.getPoliceAfter()));
        Instant close = gong.plus(commune.getCloseAfter());
        steps.put(RoundStep.CLOSE, close);
        LocalDateTime closeLocal = LocalDateTime.ofInstant(close, zone);
        LocalDateTime digest = LocalDateTime.of(closeLocal.toLocalDate(), digestTime);
        if (!digest.isAfter(closeLocal)) {
            digest = digest.plusDays(1);
        }
        steps.put(RoundStep.DIGEST, digest.atZone(zone).toInstant());
        steps.put(RoundStep.PATROL, gong.plus(patrolAfter));
        Instant due = gong.plus(patrolDue);
        steps.put(RoundStep.PAT_BACKUP, due.plus(commune.getBackupAfter()));
        steps.put(RoundStep.PAT_HEAD, due.plus(commune.getHeadAfter()));
        steps.put(RoundStep.PAT_POLICE, due.plus(commune.getPoliceAfter()));
        steps.put(RoundStep.PAT_CLOSE, due.plus(commune.getCloseAfter()));
        return new RoundSchedule(commune.getId(), night, zone, gong, gong.plus(commune.getConfirmGrace()), steps);
    }

    public Instant at(RoundStep step) {
        return steps.get(step);
    }

    /** The night (commune-local date) whose round is running or next to run at this instant. */
    public static LocalDate nightAt(Commune commune, Instant now) {
        return LocalDate.ofInstant(now, commune.getTimeZone());
    }
}
