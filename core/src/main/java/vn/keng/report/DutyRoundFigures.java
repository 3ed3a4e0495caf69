package vn.keng.report;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The nightly gong rounds from the read model ({@code report_night}, one per gong point per
 * commune-local night, fed by duty's {@code NightRecorded}), aggregated in the database. The
 * nights per striker still take the striker's and village's names from registry's tables.
 *
 * <p>A record keeps its recorded status when an official excuses it (an EXCUSED annotation on a LATE
 * or MISSED night): such a night counts as excused only, not as late or missed. Alarm strikes are the
 * scope's incidents reported in the period for which the village's strikers were asked to strike the
 * gong ({@code report_incident.gong_requested}); mistaken strikes are MISTAKEN_STRIKE annotations on the
 * period's nights.
 */
@Repository
class DutyRoundFigures implements GongRoundFigures {

    private final JdbcTemplate jdbc;

    DutyRoundFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, GongRounds> byVillage(ReportScope scope, Period period) {
        Map<Long, int[]> counts = new HashMap<>();
        // Excused late and missed nights count as excused only; mistaken strikes are the nights' notes.
        jdbc.query("select d.village_id, count(*), "
                + "sum(case when d.status = 'ON_TIME' then 1 else 0 end), sum(case when d.status = 'LATE' then 1 else 0 end), "
                + "sum(case when d.status = 'MISSED' then 1 else 0 end), sum(case when d.status = 'SERVICE_DOWN' then 1 else 0 end), "
                + "sum(case when d.status = 'SUBSTITUTE' then 1 else 0 end), "
                + "sum(case when d.excused and d.status = 'LATE' then 1 else 0 end), "
                + "sum(case when d.excused and d.status = 'MISSED' then 1 else 0 end), sum(d.mistaken_strikes) "
                + "from report_night d where " + nights(scope) + " group by d.village_id",
                rs -> {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), 0});
                }, args(scope, period));
        jdbc.query("select i.village_id, count(*) from report_incident i where " + IncidentRecordFigures.reported(scope)
                + " and i.village_id is not null and i.gong_requested group by i.village_id",
                rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new int[10])[9] = rs.getInt(2);
                }, IncidentRecordFigures.args(scope, period).toArray());
        Map<Long, GongRounds> result = new HashMap<>();
        counts.forEach((village, c) -> result.put(village, new GongRounds(c[0], c[1], c[2] - c[6],
                c[3] - c[7], c[6] + c[7], c[4], c[5], c[9], c[8])));
        return result;
    }

    @Override
    public RoundSpread spread(ReportScope scope, Period period) {
        return jdbc.queryForObject("select count(distinct d.night), count(distinct d.gong_point_id) from report_night d where "
                + nights(scope), (rs, n) -> new RoundSpread(rs.getInt(1), rs.getInt(2)), args(scope, period));
    }

    @Override
    public List<StrikerNights> strikers(ReportScope scope, Period period) {
        return jdbc.query("select p.id, p.name, v.name, count(*) n from report_night d join person p on p.id = d.confirmed_by "
                + "left join village v on v.id = p.village_id where d.confirmed_by is not null and " + nights(scope)
                + " group by p.id, p.name, v.name order by n desc, p.name, p.id",
                (rs, n) -> new StrikerNights(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                args(scope, period));
    }

    private static String nights(ReportScope scope) {
        return scope.where("d", "village_id") + " and d.night >= ? and d.night < ?";
    }

    private static Object[] args(ReportScope scope, Period period) {
        List<Object> args = new ArrayList<>(scope.args());
        args.add(Date.valueOf(period.from()));
        args.add(Date.valueOf(period.to()));
        return args.toArray();
    }
}
