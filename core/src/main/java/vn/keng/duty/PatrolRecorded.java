package vn.keng.duty;

import java.time.LocalDate;

/**
 * A commune's patrol records of a night changed: created (started, or recorded as service down),
 * done, or closed as missed. A notification with the natural key: a consumer reads the records as
 * they are now through {@link NightFacts#patrols}, so a late or repeated delivery changes nothing.
 *
 * @param villageId the one village's patrol that changed, or null: every patrol of the night
 */
public record PatrolRecorded(long communeId, LocalDate night, Long villageId) {
}
