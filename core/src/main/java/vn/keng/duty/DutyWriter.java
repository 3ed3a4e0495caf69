package vn.keng.duty;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a night's new records in JDBC batches, in the caller's transaction: a province-wide round
 * creates thousands at once, and identity ids keep Hibernate from batching its inserts. Announces
 * the new records, and the changes {@link GongRounds} makes to a whole night, with {@link NightRecorded}.
 */
@Component
class DutyWriter {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    DutyWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Every record of a commune's night changed (in the caller's transaction). */
    void recorded(long communeId, java.time.LocalDate night) {
        events.publishEvent(new NightRecorded(communeId, night, null));
    }

    void insert(List<NightlyDuty> records) {
        jdbc.batchUpdate("insert into nightly_duty (commune_id, village_id, gong_point_id, night, gong_at, deadline_at,"
                + " striker_id, on_duty_id, backup_id, reminded_at, status, closed_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", records, BATCH, (ps, d) -> {
                    ps.setLong(1, d.getCommuneId());
                    ps.setLong(2, d.getVillageId());
                    ps.setLong(3, d.getGongPointId());
                    ps.setDate(4, Date.valueOf(d.getNight()));
                    ps.setTimestamp(5, Timestamp.from(d.getGongAt()));
                    ps.setTimestamp(6, Timestamp.from(d.getDeadlineAt()));
                    setLong(ps, 7, d.getStrikerId());
                    setLong(ps, 8, d.getOnDutyId());
                    setLong(ps, 9, d.getBackupId());
                    setInstant(ps, 10, d.getRemindedAt());
                    ps.setString(11, d.getStatus().name());
                    setInstant(ps, 12, d.getClosedAt());
                });
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> found = jdbc.query("select id, gong_point_id from nightly_duty where commune_id = ? and night = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2)}, records.get(0).getCommuneId(),
                Date.valueOf(records.get(0).getNight()));
        java.util.Map<Long, Long> ids = new java.util.HashMap<>();
        found.forEach(row -> ids.put((Long) row[1], (Long) row[0]));
        for (NightlyDuty d : records) {
            d.getContacts().forEach(person -> contacts.add(new Object[] {ids.get(d.getGongPointId()), person}));
        }
        jdbc.batchUpdate("insert into duty_contact (duty_id, person_id) values (?, ?)", contacts);
        recorded(records.get(0).getCommuneId(), records.get(0).getNight());
    }

    private static void setLong(java.sql.PreparedStatement ps, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setInstant(java.sql.PreparedStatement ps, int index, Instant value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }
}
