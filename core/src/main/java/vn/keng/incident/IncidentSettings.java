package vn.keng.incident;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Incident settings ({@code keng.incident.*}).
 *
 * @param mergeWindow reports of the same kind from the same group (or village, without a group) within this time are one incident
 * @param widenAfter with nobody coming after this time, the alarm is widened to the village's other groups and the police
 * @param widenSweep how often the widening sweep runs
 * @param maxPerHour incidents one person (or unknown number) may open per hour; further reports are merged or refused
 * @param countEvery the group leader and the police get the live count on the first "coming" and on every n-th
 * @param followUp how long the reporter's next message (place, location, photo) is added to their report
 */
@ConfigurationProperties("keng.incident")
record IncidentSettings(
        @DefaultValue("PT10M") Duration mergeWindow,
        @DefaultValue("PT3M") Duration widenAfter,
        @DefaultValue("PT15S") Duration widenSweep,
        @DefaultValue("3") int maxPerHour,
        @DefaultValue("5") int countEvery,
        @DefaultValue("PT10M") Duration followUp) {
}
