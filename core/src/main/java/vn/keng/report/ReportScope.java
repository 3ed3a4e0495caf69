package vn.keng.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a report covers, in the commune's time zone: a commune, one of its villages, or every
 * commune of a province (in the time zone its communes share).
 *
 * @param provinceName the province's name for a province report, else null
 * @param communeId the commune, or null for a province report
 * @param villageId the village of a village report, else null
 */
public record ReportScope(String provinceName, Long communeId, Long villageId, ZoneId zone) {

    public ReportScope {
        if ((provinceName == null) == (communeId == null)) {
            throw new IllegalArgumentException("a report covers either a province or a commune");
        }
        if (villageId != null && communeId == null) {
            throw new IllegalArgumentException("a village report needs its commune");
        }
    }

    public static ReportScope commune(long communeId, ZoneId zone) {
        return new ReportScope(null, communeId, null, zone);
    }

    public static ReportScope village(long communeId, long villageId, ZoneId zone) {
        return new ReportScope(null, communeId, villageId, zone);
    }

    public static ReportScope province(String province, ZoneId zone) {
        return new ReportScope(province, null, null, zone);
    }

    public boolean village() {
        return villageId != null;
    }

    public boolean province() {
        return provinceName != null;
    }

    /**
     * The SQL condition selecting the scope's rows of a table aliased {@code alias} that has a
     * {@code commune_id} column and the village's id in {@code villageColumn}; its arguments are {@link #args()}.
     * A province is read through the commune table, so each commune's rows come from the same
     * (commune_id, ...) indexes a commune report uses.
     */
    String where(String alias, String villageColumn) {
        if (province()) {
            return alias + ".commune_id in (select c.id from commune c where c.province_name = ?)";
        }
        return alias + ".commune_id = ?" + (village() ? " and " + alias + "." + villageColumn + " = ?" : "");
    }

    /** The arguments of {@link #where}. */
    List<Object> args() {
        if (province()) {
            return List.of(provinceName);
        }
        return village() ? List.of(communeId, villageId) : List.of(communeId);
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
