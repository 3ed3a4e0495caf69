package vn.keng.report;

/**
 * Every figure of one village (or, for the commune row, of all its villages) for one period.
 *
 * @param villageId the village, or null for the commune's total row
 * @param householdsPerGong households per usable gong point (null: no household; infinite: no usable gong)
 * @param needsAnotherGong households per gong point above the threshold: a candidate for another gong
 * @param smsSegments SMS segments sent to the village's people in the period (cost)
 */
public record VillageFigures(Long villageId, String name, GongRounds rounds, IncidentStats incidents,
        SafetyGroupFigures groups, GongPointFigures gongPoints, Double householdsPerGong, boolean needsAnotherGong,
        long smsSegments) {

    /** Whether nothing at all was recorded or registered. */
    public boolean empty() {
        return rounds.nights() == 0 && rounds.alarmStrikes() == 0 && incidents.total() == 0 && groups.groups() == 0
                && groups.households() == 0 && gongPoints.total() == 0 && smsSegments == 0;
    }
}
