package vn.keng.report;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the reporting calendar adds to a report, from the database: the patrols after the gong
 * (the read model's {@code report_patrol}, aggregated) and the village heads' confirmations ({@code report_confirmation}).
 */
@Repository
class PatrolFigures {

    private final JdbcTemplate jdbc;

    PatrolFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per village id: the period's patrol nights by outcome (nights still open count as nights only). */
    Map<Long, PatrolNightFigures> byVillage(ReportScope scope, Period period) {
        List<Object> args = new ArrayList<>(scope.args());
        args.add(Date.valueOf(period.from()));
        args.add(Date.valueOf(period.to()));
        Map<Long, PatrolNightFigures> result = new HashMap<>();
        jdbc.query("select p.village_id, count(*), sum(case when p.status = 'DONE' then 1 else 0 end), "
                + "sum(case when p.status = 'MISSED' then 1 else 0 end), sum(case when p.status = 'SERVICE_DOWN' then 1 else 0 end) "
                + "from report_patrol p where " + scope.where("p", "village_id") + " and p.night >= ? and p.night < ? "
                + "group by p.village_id",
                rs -> {
                    result.put(rs.getLong(1), new PatrolNightFigures(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }, args.toArray());
        return result;
    }

    /** Per village id: the head's confirmation of the village's figures of the year. */
    Map<Long, ReportConfirmation> confirmations(ReportScope scope, int year) {
        List<Object> args = new ArrayList<>(scope.args());
        args.add(year);
        Map<Long, ReportConfirmation> result = new HashMap<>();
        jdbc.query("select c.village_id, p.name, c.confirmed_at from report_confirmation c join person p on p.id = c.person_id"
                + " join village v on v.id = c.village_id where " + scope.where("v", "id") + " and c.report_year = ?",
                rs -> {
                    result.put(rs.getLong(1), new ReportConfirmation(year, rs.getString(2),
                            rs.getTimestamp(3).toInstant()));
                }, args.toArray());
        return result;
    }
}
