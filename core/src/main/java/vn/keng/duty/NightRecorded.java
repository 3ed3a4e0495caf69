package vn.keng.duty;

import java.time.LocalDate;

/**
 * A commune's night records changed: created (the round started, or the night was recorded as
 * service down), confirmed, closed as missed, excused or annotated with a mistaken strike. A
 * notification with the records' natural key: a consumer reads the records as they are now through
 * {@link NightFacts}, so a late or repeated delivery changes nothing.
 *
 * @param gongPointId the one gong point's record that changed, or null: every record of the night
 */
public record NightRecorded(long communeId, LocalDate night, Long gongPointId) {

    static NightRecorded of(NightlyDuty duty) {
        return new NightRecorded(duty.getCommuneId(), duty.getNight(), duty.getGongPointId());
    }
}
