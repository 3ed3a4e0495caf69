package vn.keng.incident;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as facts for other modules (the reports' read model): one incident as it is now, and
 * every incident of a commune to rebuild from. One query over incident's own tables.
 */
@Service
@Transactional(readOnly = true)
public class IncidentFacts {

    private static final String SELECT = "select i.id, i.commune_id, i.village_id, i.kind, i.status, i.reported_at, "
            + "i.closed_at, (select min(r.answered_at) from incident_response r where r.incident_id = i.id "
            + "and r.answer = 'COMING'), case when exists (select 1 from incident_event e where e.incident_id = i.id "
            + "and e.kind = 'GONG_REQUESTED') then 1 else 0 end from incident i where ";

    private static final RowMapper<IncidentFact> FACT = (rs, n) -> new IncidentFact(rs.getLong(1),
            (Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class),
            IncidentKind.valueOf(rs.getString(4)), IncidentStatus.valueOf(rs.getString(5)),
            instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getInt(9) == 1);

    private final JdbcTemplate jdbc;

    IncidentFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident as it is now (empty if there is none). */
    public Optional<IncidentFact> of(long incidentId) {
        return jdbc.query(SELECT + "i.id = ?", FACT, incidentId).stream().findFirst();
    }

    /** Every incident of a commune, for a rebuild. */
    public List<IncidentFact> ofCommune(long communeId) {
        return jdbc.query(SELECT + "i.commune_id = ?", FACT, communeId);
    }

    /** Every incident without a commune (none is expected; a rebuild of everything takes them too). */
    public List<IncidentFact> withoutCommune() {
        return jdbc.query(SELECT + "i.commune_id is null", FACT);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
