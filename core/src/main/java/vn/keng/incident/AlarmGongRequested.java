package vn.keng.incident;

import java.time.Instant;
import java.util.List;

/** The village's on-duty strikers were asked to strike the alarm gong for an incident. */
public record AlarmGongRequested(long incidentId, Long villageId, List<Long> strikerIds, Instant at) {

    public AlarmGongRequested {
        strikerIds = List.copyOf(strikerIds);
    }
}
