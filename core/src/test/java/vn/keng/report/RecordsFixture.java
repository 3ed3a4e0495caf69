package vn.keng.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.registry.Commune;
import vn.keng.registry.Person;
import vn.keng.registry.Village;

/**
 * Duty records and incidents of {@link ReportFixture}, written as the duty and incident modules store
 * them (plain SQL inserts; commune time Asia/Ho_Chi_Minh, UTC+7).
 *
 * <pre>
 * Nights of village one, gong 1 (2026): 1/1 2/1 ON_TIME, 3/1 LATE, 4/1 LATE + 2 EXCUSED notes, 5/1 MISSED,
 *   6/1 MISSED + EXCUSED, 7/1 SERVICE_DOWN, 8/1 SUBSTITUTE (village head), 9/1 ON_TIME + MISTAKEN_STRIKE;
 *   31/12/2025 ON_TIME (previous year). Gong 2: 31/12/2026 ON_TIME (in), 1/1/2027 MISSED (out).
 * Village two: 1/3 MISSED, 2/3 ON_TIME (the resident).
 *   -> one: 10 nights, 4 on time, 1 late, 1 missed, 2 excused, 1 down, 1 substitute, 1 mistaken; share 5/7
 *   -> two: 2 nights, 1 on time, 1 missed; share 1/2. Striker 6 nights, head 1, resident 1.
 * Incidents (2026 unless said):
 *   I1 FIRE one 10/2 10:00Z, two reports merged, CANNOT +2 min, COMING +7, +12; RESOLVED +50; gong requested
 *   I2 FIRE one 1/5 00:00Z, COMING +3, FALSE_ALARM +30; gong requested
 *   I3 THEFT two 1/6 12:00Z, UNVERIFIED
 *   I4 THEFT one 31/12/2025 17:30Z (00:30 on 1/1/2026 local), COMING +20, RESOLVED +120
 *   I5 OTHER two 31/12/2025 16:30Z (23:30 on 31/12/2025 local: previous year)
 *   I6 RESCUE no village 1/7 00:00Z, OPEN, COMING +11
 *   -> one: FIRE 2, THEFT 1, 1 false alarm, to coming median 7 worst 20, to close median 50 worst 120, 2 alarm strikes
 *   -> two: THEFT 1, 1 unverified; commune: 5 incidents, to coming median 9 (7 and 11) worst 20, close 50 / 120
 * </pre>
 */
final class RecordsFixture {

    private final JdbcTemplate jdbc;

    RecordsFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(Commune commune, Village one, Village two, long gong1, long gong2, long gong4, Person striker,
            Person head, Person resident, Person official) {
        long c = commune.getId();
        Long s = striker.getId();
        night(c, one, gong1, "2025-12-31", "ON_TIME", s);
        night(c, one, gong1, "2026-01-01", "ON_TIME", s);
        night(c, one, gong1, "2026-01-02", "ON_TIME", s);
        night(c, one, gong1, "2026-01-03", "LATE", s);
        long excusedLate = night(c, one, gong1, "2026-01-04", "LATE", s);
        note(excusedLate, 0, "EXCUSED");
        note(excusedLate, 1, "EXCUSED");
        night(c, one, gong1, "2026-01-05", "MISSED", null);
        note(night(c, one, gong1, "2026-01-06", "MISSED", null), 0, "EXCUSED");
        night(c, one, gong1, "2026-01-07", "SERVICE_DOWN", null);
        night(c, one, gong1, "2026-01-08", "SUBSTITUTE", head.getId());
        long mistaken = night(c, one, gong1, "2026-01-09", "ON_TIME", s);
        note(mistaken, 0, "HANDED_OVER");
        note(mistaken, 1, "MISTAKEN_STRIKE");
        night(c, one, gong2, "2026-12-31", "ON_TIME", s);
        night(c, one, gong2, "2027-01-01", "MISSED", null);
        night(c, two, gong4, "2026-03-01", "MISSED", null);
        night(c, two, gong4, "2026-03-02", "ON_TIME", resident.getId());

        long i1 = incident(c, one.getId(), "FIRE", "RESOLVED", "2026-02-10T10:00:00Z", 50);
        reporter(i1, striker, "2026-02-10T10:00:00Z");
        reporter(i1, head, "2026-02-10T10:01:00Z");
        answer(i1, official, "CANNOT", "2026-02-10T10:02:00Z");
        answer(i1, head, "COMING", "2026-02-10T10:07:00Z");
        answer(i1, resident, "COMING", "2026-02-10T10:12:00Z");
        event(i1, "GONG_REQUESTED", "2026-02-10T10:00:01Z");
        long i2 = incident(c, one.getId(), "FIRE", "FALSE_ALARM", "2026-05-01T00:00:00Z", 30);
        answer(i2, head, "COMING", "2026-05-01T00:03:00Z");
        event(i2, "ALARMED", "2026-05-01T00:00:01Z");
        event(i2, "GONG_REQUESTED", "2026-05-01T00:00:01Z");
        incident(c, two.getId(), "THEFT", "UNVERIFIED", "2026-06-01T12:00:00Z", null);
        long i4 = incident(c, one.getId(), "THEFT", "RESOLVED", "2025-12-31T17:30:00Z", 120);
        answer(i4, head, "COMING", "2025-12-31T17:50:00Z");
        incident(c, two.getId(), "OTHER", "RESOLVED", "2025-12-31T16:30:00Z", 10);
        long i6 = incident(c, null, "RESCUE", "OPEN", "2026-07-01T00:00:00Z", null);
        reporter(i6, official, "2026-07-01T00:00:00Z");
        answer(i6, official, "COMING", "2026-07-01T00:11:00Z");
        jdbc.update("update incident set coming_count = 1 where id = ?", i6); // as the service keeps it
    }

    private long night(long commune, Village village, long gong, String night, String status, Long confirmedBy) {
        LocalDate date = LocalDate.parse(night);
        Instant gongAt = date.atTime(21, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        Timestamp confirmed = confirmedBy == null ? null : Timestamp.from(gongAt.plusSeconds(60));
        jdbc.update("insert into nightly_duty (commune_id, village_id, gong_point_id, night, gong_at, deadline_at, "
                + "striker_id, on_duty_id, confirmed_at, confirmed_by, status, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                commune, village.getId(), gong, Date.valueOf(date), Timestamp.from(gongAt),
                Timestamp.from(gongAt.plusSeconds(900)), confirmedBy, confirmedBy, confirmed, confirmedBy, status,
                Timestamp.from(gongAt.plusSeconds(3600)));
        return jdbc.queryForObject("select id from nightly_duty where gong_point_id = ? and night = ?", Long.class, gong,
                Date.valueOf(date));
    }

    private void note(long duty, int position, String kind) {
        jdbc.update("insert into duty_annotation (duty_id, position, kind, note, author, created_at) values (?, ?, ?, 'x', "
                + "'official', ?)", duty, position, kind, Timestamp.from(Instant.now()));
    }

    private long incident(long commune, Long village, String kind, String status, String at, Integer closedAfter) {
        Instant reported = Instant.parse(at);
        Timestamp closed = closedAfter == null ? null : Timestamp.from(reported.plusSeconds(closedAfter * 60L));
        String place = "fixture " + java.util.UUID.randomUUID();
        jdbc.update("insert into incident (kind, status, commune_id, village_id, place, reported_at, channel, closed_at) "
                + "values (?, ?, ?, ?, ?, ?, 'SMS', ?)", kind, status, commune, village, place, Timestamp.from(reported),
                closed);
        return jdbc.queryForObject("select id from incident where place = ?", Long.class, place);
    }

    private void reporter(long incident, Person person, String at) {
        jdbc.update("insert into incident_reporter (incident_id, person_id, address, channel, reported_at) values "
                + "(?, ?, ?, 'SMS', ?)", incident, person.getId(), person.getPhone().e164(),
                Timestamp.from(Instant.parse(at)));
    }

    private void answer(long incident, Person person, String answer, String at) {
        jdbc.update("insert into incident_response (incident_id, person_id, answer, channel, answered_at) values "
                + "(?, ?, ?, 'SMS', ?)", incident, person.getId(), answer, Timestamp.from(Instant.parse(at)));
    }

    private void event(long incident, String kind, String at) {
        jdbc.update("insert into incident_event (incident_id, kind, occurred_at) values (?, ?, ?)", incident, kind,
                Timestamp.from(Instant.parse(at)));
    }
}
