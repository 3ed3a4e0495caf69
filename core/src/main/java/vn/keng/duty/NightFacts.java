package vn.keng.duty;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The night records (gong rounds and patrols) as facts for other modules (the reports' read model):
 * those of one {@link NightRecorded} or {@link PatrolRecorded}, and every record of a commune to rebuild from. Read with one query over
 * duty's own tables, annotations counted per record.
 */
@Service
@Transactional(readOnly = true)
public class NightFacts {

    private static final String SELECT = "select d.commune_id, d.village_id, d.gong_point_id, d.night, d.status, "
            + "d.confirmed_by, coalesce(a.excused, 0), coalesce(a.mistaken, 0) from nightly_duty d left join ("
            + "select n.duty_id, sum(case when n.kind = 'EXCUSED' then 1 else 0 end) excused, "
            + "sum(case when n.kind = 'MISTAKEN_STRIKE' then 1 else 0 end) mistaken from duty_annotation n "
            + "where n.duty_id in (select x.id from nightly_duty x where %s) group by n.duty_id) a on a.duty_id = d.id where %s";

    private static final RowMapper<NightFact> FACT = (rs, n) -> new NightFact(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getDate(4).toLocalDate(), DutyStatus.valueOf(rs.getString(5)),
            rs.getObject(6) == null ? null : rs.getLong(6), rs.getInt(7) > 0, rs.getInt(8));

    private final JdbcTemplate jdbc;

    NightFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The records a {@link NightRecorded} names, as they are now. */
    public List<NightFact> of(NightRecorded event) {
        List<Object> args = new ArrayList<>(List.of(event.communeId(), Date.valueOf(event.night())));
        String where = "%1$s.commune_id = ? and %1$s.night = ?";
        if (event.gongPointId() != null) {
            where += " and %1$s.gong_point_id = ?";
            args.add(event.gongPointId());
        }
        List<Object> both = new ArrayList<>(args);
        both.addAll(args);
        return jdbc.query(String.format(SELECT, String.format(where, "x"), String.format(where, "d")), FACT,
                both.toArray());
    }

    private static final RowMapper<PatrolFact> PATROL = (rs, n) -> new PatrolFact(rs.getLong(1), rs.getLong(2),
            rs.getDate(3).toLocalDate(), PatrolStatus.valueOf(rs.getString(4)));

    /** The patrol records a {@link PatrolRecorded} names, as they are now. */
    public List<PatrolFact> patrols(PatrolRecorded event) {
        String sql = "select commune_id, village_id, night, status from patrol_night where commune_id = ? and night = ?";
        return event.villageId() == null ? jdbc.query(sql, PATROL, event.communeId(), Date.valueOf(event.night()))
                : jdbc.query(sql + " and village_id = ?", PATROL, event.communeId(), Date.valueOf(event.night()),
                        event.villageId());
    }

    /** Every patrol record of a commune, for a rebuild. */
    public List<PatrolFact> patrolsOfCommune(long communeId) {
        return jdbc.query("select commune_id, village_id, night, status from patrol_night where commune_id = ?", PATROL,
                communeId);
    }

    /** Every record of a commune, for a rebuild. */
    public List<NightFact> ofCommune(long communeId) {
        return jdbc.query(String.format(SELECT, "x.commune_id = ?", "d.commune_id = ?"), FACT, communeId, communeId);
    }
}
