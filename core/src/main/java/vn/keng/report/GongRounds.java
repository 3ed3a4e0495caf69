package vn.keng.report;

/**
 * The nightly gong rounds of a village (or a commune) over a period: one record per gong point per
 * night, by outcome, and the alarm ("dot xuat") and mistaken strikes.
 *
 * <p>On-time share = (on time + struck by a substitute) / (nights - excused - service down): excused
 * nights and nights the service could not remind are not the striker's miss. The plan's target is 100%.
 */
public record GongRounds(int nights, int onTime, int late, int missed, int excused, int serviceDown, int substitute,
        int alarmStrikes, int mistakenStrikes) {

    public static final GongRounds NONE = new GongRounds(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Nights that count against the target. */
    public int countedNights() {
        return Math.max(0, nights - excused - serviceDown);
    }

    /** Share struck on time, 0..1, or null when no night counts. */
    public Double onTimeShare() {
        int counted = countedNights();
        return counted == 0 ? null : Math.min(1.0, (onTime + substitute) / (double) counted);
    }

    public GongRounds plus(GongRounds o) {
        return new GongRounds(nights + o.nights, onTime + o.onTime, late + o.late, missed + o.missed,
                excused + o.excused, serviceDown + o.serviceDown, substitute + o.substitute,
                alarmStrikes + o.alarmStrikes, mistakenStrikes + o.mistakenStrikes);
    }
}
