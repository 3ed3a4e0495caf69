package vn.keng.duty;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the nightly round that are not the commune's own.
 *
 * @param digestTime when the morning digest leaves, commune-local time (default 06:30)
 * @param patrolAfter the patrol leader is reminded this long after the gong time (default 5 min)
 * @param patrolDue the patrol is expected to be reported this long after the gong time (default 2 h);
 *        the commune's escalation ladder runs after it
 */
@ConfigurationProperties("keng.duty")
record DutySettings(LocalTime digestTime, Duration patrolAfter, Duration patrolDue) {

    DutySettings {
        digestTime = digestTime == null ? LocalTime.of(6, 30) : digestTime;
        patrolAfter = patrolAfter == null ? RoundSchedule.PATROL_AFTER : patrolAfter;
        patrolDue = patrolDue == null ? RoundSchedule.PATROL_DUE : patrolDue;
        if (patrolAfter.isNegative() || patrolDue.compareTo(patrolAfter) <= 0 || patrolDue.toHours() >= 12) {
            throw new IllegalArgumentException("keng.duty.patrol-due must come after keng.duty.patrol-after, within 12 h");
        }
    }

    RoundSchedule schedule(vn.keng.registry.Commune commune, java.time.LocalDate night) {
        return RoundSchedule.of(commune, night, digestTime, patrolAfter, patrolDue);
    }
}
