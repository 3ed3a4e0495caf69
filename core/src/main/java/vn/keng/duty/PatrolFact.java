package vn.keng.duty;

import java.time.LocalDate;

/** One village's patrol night as the reports count it (PENDING, DONE, MISSED or SERVICE_DOWN). */
public record PatrolFact(long communeId, long villageId, LocalDate night, PatrolStatus status) {
}
