package vn.keng.report;

/**
 * The patrols after the gong of a village (or a commune) over a period: one record per village with a
 * patrol roster per night, by outcome. Done share = done / (nights - service down).
 */
public record PatrolNightFigures(int nights, int done, int missed, int serviceDown) {

    public static final PatrolNightFigures NONE = new PatrolNightFigures(0, 0, 0, 0);

    /** Share of the counted nights patrolled, 0..1, or null when no night counts. */
    public Double doneShare() {
        int counted = nights - serviceDown;
        return counted <= 0 ? null : Math.min(1.0, done / (double) counted);
    }

    public PatrolNightFigures plus(PatrolNightFigures o) {
        return new PatrolNightFigures(nights + o.nights, done + o.done, missed + o.missed, serviceDown + o.serviceDown);
    }
}
