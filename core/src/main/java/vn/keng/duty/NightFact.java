package vn.keng.duty;

import java.time.LocalDate;

/**
 * One gong point's night as the reports count it.
 *
 * @param status the recorded status (an excused night keeps it: see {@code excused})
 * @param confirmedBy who struck the gong (confirmed the night), or null
 * @param excused whether an official excused the night
 * @param mistakenStrikes how many mistaken strikes were noted on the night
 */
public record NightFact(long communeId, long villageId, long gongPointId, LocalDate night, DutyStatus status,
        Long confirmedBy, boolean excused, int mistakenStrikes) {
}
