package vn.keng.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Incidents from the read model ({@code report_incident}, fed by incident's events), aggregated in
 * the database: the incidents reported in the period (instants in the commune's time zone), one per
 * incident however many reports were merged into it, by kind; false alarms (closed as FALSE_ALARM);
 * unverified reports (from unknown numbers and never confirmed: still UNVERIFIED, or DISMISSED);
 * the median ({@code percentile_cont}) and worst time from the report to the first COMING answer
 * and to closure. Incidents without a village count in the commune's total only.
 */
@Repository
class IncidentRecordFigures implements IncidentFigures {

    /** Seconds from the report to the first "coming" answer and to closure (null if none). */
    private static final String TIMES = "select i.village_id, i.commune_id, "
            + "extract(epoch from i.first_coming_at) - extract(epoch from i.reported_at) to_coming, "
            + "extract(epoch from i.closed_at) - extract(epoch from i.reported_at) to_close from report_incident i where ";
    private static final String STATS = "percentile_cont(0.5) within group (order by t.to_coming), max(t.to_coming), "
            + "percentile_cont(0.5) within group (order by t.to_close), max(t.to_close)";

    private final JdbcTemplate jdbc;

    IncidentRecordFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, IncidentStats> byRow(ReportScope scope, Period period) {
        Object[] args = args(scope, period).toArray();
        String row = scope.province() ? "commune_id" : "village_id";
        String inRow = scope.province() ? "" : " and i.village_id is not null";
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.query("select i." + row + ", i.kind, count(*), " + FLAGS + " from report_incident i where " + reported(scope)
                + inRow + " group by i." + row + ", i.kind",
                rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new Counts()).add(rs);
                }, args);
        Map<Long, IncidentStats> result = new HashMap<>();
        jdbc.query("select t." + row + ", " + STATS + " from (" + TIMES + reported(scope) + inRow + ") t group by t." + row,
                rs -> {
                    Counts c = counts.get(rs.getLong(1));
                    result.put(rs.getLong(1), c.stats(rs, 2));
                }, args);
        return result;
    }

    @Override
    public IncidentStats overall(ReportScope scope, Period period) {
        Object[] args = args(scope, period).toArray();
        Counts counts = new Counts();
        jdbc.query("select i.kind, i.kind, count(*), " + FLAGS + " from report_incident i where " + reported(scope)
                + " group by i.kind", rs -> {
                    counts.add(rs);
                }, args);
        if (counts.kinds.isEmpty()) {
            return IncidentStats.NONE;
        }
        return jdbc.query("select " + STATS + " from (" + TIMES + reported(scope) + ") t",
                rs -> rs.next() ? counts.stats(rs, 1) : IncidentStats.NONE, args);
    }

    @Override
    public Map<YearMonth, Integer> perMonth(ReportScope scope, Period period) {
        List<YearMonth> months = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ");
        List<Object> args = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.last())); m = m.plusMonths(1)) {
            java.time.LocalDate from = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
            java.time.LocalDate to = m.plusMonths(1).atDay(1).isAfter(period.to()) ? period.to() : m.plusMonths(1).atDay(1);
            sql.append(months.isEmpty() ? "" : ", ").append("sum(case when i.reported_at >= ? and i.reported_at < ? then 1 else 0 end)");
            args.add(Timestamp.from(from.atStartOfDay(scope.zone()).toInstant()));
            args.add(Timestamp.from(to.atStartOfDay(scope.zone()).toInstant()));
            months.add(m);
        }
        args.addAll(args(scope, period));
        Map<YearMonth, Integer> result = new LinkedHashMap<>();
        jdbc.query(sql + " from report_incident i where " + reported(scope), rs -> {
            for (int k = 0; k < months.size(); k++) {
                if (rs.getInt(k + 1) > 0) {
                    result.put(months.get(k), rs.getInt(k + 1));
                }
            }
        }, args.toArray());
        return result;
    }

    private static final String FLAGS = "sum(case when i.status = 'FALSE_ALARM' then 1 else 0 end), "
            + "sum(case when i.status in ('UNVERIFIED', 'DISMISSED') then 1 else 0 end)";

    /** Incidents of the scope reported in the period (uses the index report_incident (commune_id, reported_at)). */
    static String reported(ReportScope scope) {
        return scope.where("i", "village_id") + " and i.reported_at >= ? and i.reported_at < ?";
    }

    static List<Object> args(ReportScope scope, Period period) {
        List<Object> args = new ArrayList<>(scope.args());
        args.add(Timestamp.from(scope.start(period)));
        args.add(Timestamp.from(scope.end(period)));
        return args;
    }

    /** Counts of one village (or the scope) read from rows (key, kind, count, false alarms, unverified). */
    private static final class Counts {
        final Map<String, Integer> kinds = new LinkedHashMap<>();
        int falseAlarms;
        int unverified;

        void add(ResultSet rs) throws SQLException {
            kinds.merge(rs.getString(2), rs.getInt(3), Integer::sum);
            falseAlarms += rs.getInt(4);
            unverified += rs.getInt(5);
        }

        IncidentStats stats(ResultSet rs, int first) throws SQLException {
            return new IncidentStats(kinds, falseAlarms, unverified, seconds(rs, first), seconds(rs, first + 1),
                    seconds(rs, first + 2), seconds(rs, first + 3));
        }

        private static Duration seconds(ResultSet rs, int column) throws SQLException {
            double value = rs.getDouble(column);
            return rs.wasNull() ? null : Duration.ofMillis(Math.round(value * 1000));
        }
    }
}
