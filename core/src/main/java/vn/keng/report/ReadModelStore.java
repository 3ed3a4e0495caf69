package vn.keng.report;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.keng.duty.NightFact;
import vn.keng.duty.NightRecorded;
import vn.keng.duty.PatrolFact;
import vn.keng.duty.PatrolRecorded;
import vn.keng.incident.IncidentFact;

/**
 * Writes the read model's tables ({@code report_night}, {@code report_patrol}, {@code report_incident})
 * in the caller's transaction. Every write replaces the rows of a natural key (a commune's night, a gong
 * point's or a village's night, an incident) with the facts as they are now: writing the same facts twice leaves the same rows.
 */
@Repository
class ReadModelStore {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    ReadModelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the records a {@link NightRecorded} names with these facts. */
    void replaceNights(NightRecorded key, List<NightFact> facts) {
        if (key.gongPointId() == null) {
            jdbc.update("delete from report_night where commune_id = ? and night = ?", key.communeId(),
                    Date.valueOf(key.night()));
        } else {
            jdbc.update("delete from report_night where gong_point_id = ? and night = ?", key.gongPointId(),
                    Date.valueOf(key.night()));
        }
        insertNights(facts);
    }

    /** Replaces the patrol records a {@link PatrolRecorded} names with these facts. */
    void replacePatrols(PatrolRecorded key, List<PatrolFact> facts) {
        if (key.villageId() == null) {
            jdbc.update("delete from report_patrol where commune_id = ? and night = ?", key.communeId(),
                    Date.valueOf(key.night()));
        } else {
            jdbc.update("delete from report_patrol where village_id = ? and night = ?", key.villageId(),
                    Date.valueOf(key.night()));
        }
        insertPatrols(facts);
    }

    /** Replaces an incident's row (none if the incident is gone). */
    void replaceIncident(long incidentId, java.util.Optional<IncidentFact> fact) {
        jdbc.update("delete from report_incident where incident_id = ?", incidentId);
        fact.ifPresent(f -> insertIncidents(List.of(f)));
    }

    /** Removes a commune's rows, or every row (null), before a rebuild. */
    void clear(Long communeId) {
        for (String table : List.of("report_night", "report_patrol", "report_incident")) {
            if (communeId == null) {
                jdbc.update("delete from " + table);
            } else {
                jdbc.update("delete from " + table + " where commune_id = ?", communeId);
            }
        }
    }

    void insertNights(List<NightFact> facts) {
        jdbc.batchUpdate("insert into report_night (gong_point_id, night, commune_id, village_id, status, confirmed_by, "
                + "excused, mistaken_strikes) values (?, ?, ?, ?, ?, ?, ?, ?)", facts, BATCH, (ps, f) -> {
                    ps.setLong(1, f.gongPointId());
                    ps.setDate(2, Date.valueOf(f.night()));
                    ps.setLong(3, f.communeId());
                    ps.setLong(4, f.villageId());
                    ps.setString(5, f.status().name());
                    setLong(ps, 6, f.confirmedBy());
                    ps.setBoolean(7, f.excused());
                    ps.setInt(8, f.mistakenStrikes());
                });
    }

    void insertPatrols(List<PatrolFact> facts) {
        jdbc.batchUpdate("insert into report_patrol (village_id, night, commune_id, status) values (?, ?, ?, ?)", facts,
                BATCH, (ps, f) -> {
                    ps.setLong(1, f.villageId());
                    ps.setDate(2, Date.valueOf(f.night()));
                    ps.setLong(3, f.communeId());
                    ps.setString(4, f.status().name());
                });
    }

    void insertIncidents(List<IncidentFact> facts) {
        jdbc.batchUpdate("insert into report_incident (incident_id, commune_id, village_id, kind, status, reported_at, "
                + "closed_at, first_coming_at, gong_requested) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new ArrayList<>(facts),
                BATCH, (ps, f) -> {
                    ps.setLong(1, f.incidentId());
                    setLong(ps, 2, f.communeId());
                    setLong(ps, 3, f.villageId());
                    ps.setString(4, f.kind().name());
                    ps.setString(5, f.status().name());
                    setInstant(ps, 6, f.reportedAt());
                    setInstant(ps, 7, f.closedAt());
                    setInstant(ps, 8, f.firstComingAt());
                    ps.setBoolean(9, f.gongRequested());
                });
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }
}
