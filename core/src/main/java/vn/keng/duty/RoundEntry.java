package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One gong point's night as the admin API shows it.
 *
 * @param status the effective status (EXCUSED once excused); {@code recordedStatus} keeps the record's own
 */
public record RoundEntry(Long dutyId, Long gongPointId, String gongPoint, Long villageId, String village,
        LocalDate night, Person striker, Person onDuty, DutyStatus status, DutyStatus recordedStatus,
        Instant remindedAt, Instant confirmedAt, Person confirmedBy, String channel, List<EscalationTaken> escalations,
        List<Annotation> annotations) {

    /** A person as shown in a round: name and phone in E.164 (null when unknown). */
    public record Person(Long id, String name, String phone) {
    }
}
