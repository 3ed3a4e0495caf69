package vn.keng.report;

import java.time.Instant;
import java.util.Optional;

/**
 * A summary report of a commune, or of one village, for a period, with the previous comparable
 * period beside it.
 */
public record Report(long communeId, String communeName, String provinceName, Long villageId, String villageName,
        Figures current, Figures previous, int householdsPerGongThreshold, Instant generatedAt) {

    public Period period() {
        return current.period();
    }

    /** Whether the report holds no data at all: said plainly, not shown as an error. */
    public boolean noData() {
        return current.empty();
    }

    /** The previous period's row of a village (or the commune's, for null). */
    public Optional<VillageFigures> previousOf(Long villageId) {
        if (villageId == null) {
            return Optional.of(previous.total());
        }
        return previous.villages().stream().filter(v -> villageId.equals(v.villageId())).findFirst();
    }

    /** The report's subject: the village's name for a village report, else the commune's. */
    public String subject() {
        return villageName != null ? villageName : communeName;
    }
}
