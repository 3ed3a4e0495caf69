package vn.keng.report;

import java.time.Instant;
import java.time.ZoneId;

/** What a report covers: a commune, or one of its villages, in the commune's time zone. */
public record ReportScope(long communeId, Long villageId, ZoneId zone) {

    public static ReportScope commune(long communeId, ZoneId zone) {
        return new ReportScope(communeId, null, zone);
    }

    public boolean village() {
        return villageId != null;
    }

    /** The first instant of the period in the commune's time zone. */
    public Instant start(Period period) {
        return period.from().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(Period period) {
        return period.to().atStartOfDay(zone).toInstant();
    }
}
