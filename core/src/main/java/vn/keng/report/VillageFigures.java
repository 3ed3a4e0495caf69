package vn.keng.report;

/**
 * Every figure of one row of a report for one period: a village (a commune, in a province report),
 * or the total row of all of them.
 *
 * @param villageId the village (the commune, in a province report), or null for the total row
 * @param householdsPerGong households per usable gong point (null: no household; infinite: no usable gong)
 * @param villagesNeedingGong villages whose households per gong point are above the threshold
 *        (candidates for another gong): 0 or 1 for a village, the count for a commune or the total
 * @param smsSegments SMS segments sent to the village's people in the period (cost)
 * @param calls phone calls to the village's people in the period
 * @param notices village notices sent in the period that reached the row (the total row: distinct notices)
 * @param patrols the patrols after the gong: nights done, missed, service down
 * @param confirmation the village head's confirmation of the village's figures of the period's (last) year,
 *        or null (a commune row of a province report has none)
 */
public record VillageFigures(Long villageId, String name, GongRounds rounds, IncidentStats incidents,
        SafetyGroupFigures groups, GongPointFigures gongPoints, Double householdsPerGong, int villagesNeedingGong,
        long smsSegments, CallFigures calls, int notices, PatrolNightFigures patrols, ReportConfirmation confirmation) {

    public VillageFigures {
        patrols = patrols == null ? PatrolNightFigures.NONE : patrols;
    }

    /** A row without patrol records or confirmation. */
    public VillageFigures(Long villageId, String name, GongRounds rounds, IncidentStats incidents,
            SafetyGroupFigures groups, GongPointFigures gongPoints, Double householdsPerGong, int villagesNeedingGong,
            long smsSegments, CallFigures calls, int notices) {
        this(villageId, name, rounds, incidents, groups, gongPoints, householdsPerGong, villagesNeedingGong,
                smsSegments, calls, notices, PatrolNightFigures.NONE, null);
    }

    /** The same row with these patrol figures. */
    public VillageFigures withPatrols(PatrolNightFigures figures) {
        return new VillageFigures(villageId, name, rounds, incidents, groups, gongPoints, householdsPerGong,
                villagesNeedingGong, smsSegments, calls, notices, figures, confirmation);
    }

    /** The same row with the village's confirmation of its figures. */
    public VillageFigures withConfirmation(ReportConfirmation confirmed) {
        return new VillageFigures(villageId, name, rounds, incidents, groups, gongPoints, householdsPerGong,
                villagesNeedingGong, smsSegments, calls, notices, patrols, confirmed);
    }

    /** Whether the village (or one of the row's villages) is a candidate for another gong. */
    public boolean needsAnotherGong() {
        return villagesNeedingGong > 0;
    }

    /** Whether nothing at all was recorded or registered. */
    public boolean empty() {
        return rounds.nights() == 0 && rounds.alarmStrikes() == 0 && incidents.total() == 0 && groups.groups() == 0
                && groups.households() == 0 && gongPoints.total() == 0 && smsSegments == 0
                && calls.made() == 0 && calls.answered() == 0 && notices == 0 && patrols.nights() == 0;
    }
}
