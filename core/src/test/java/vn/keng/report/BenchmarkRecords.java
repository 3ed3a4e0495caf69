package vn.keng.report;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's duty records and incidents, set-based inserts in PostgreSQL: one nightly record
 * per village per night of 2026 (its first gong point; 6,000 x 365 = 2.19 M rows, statuses spread
 * 85% on time, 5% late, 4% missed, 2% service down, 4% substitute; every 50th late or missed night
 * excused, every 500th night a mistaken strike), and 50,000 incidents (8 or 9 per village, a tenth
 * false alarms, a tenth unverified) with three answers each and a gong request for fires.
 */
final class BenchmarkRecords {

    private final JdbcTemplate jdbc;
    private final String villages;
    private final String inProvince;

    BenchmarkRecords(JdbcTemplate jdbc, String inProvince) {
        this.jdbc = jdbc;
        this.inProvince = inProvince;
        this.villages = "(select v.id from village v where v.commune_id in " + inProvince + ")";
    }

    void generate() {
        jdbc.update("insert into nightly_duty (commune_id, village_id, gong_point_id, night, gong_at, deadline_at, "
                + "striker_id, on_duty_id, confirmed_at, confirmed_by, status, closed_at) "
                + "select x.commune_id, x.village_id, x.gong_id, date '2026-01-01' + g, "
                + "timestamp with time zone '2026-01-01 21:00:00+07' + (g || ' days')::interval, "
                + "timestamp with time zone '2026-01-01 21:15:00+07' + (g || ' days')::interval, x.pid, x.pid, "
                + "case when s.st in ('MISSED', 'SERVICE_DOWN') then null else timestamp with time zone '2026-01-01 21:05:00+07' "
                + "+ (g || ' days')::interval end, case when s.st in ('MISSED', 'SERVICE_DOWN') then null else x.pid end, "
                + "s.st, timestamp with time zone '2026-01-01 23:00:00+07' + (g || ' days')::interval "
                + "from (select v.commune_id, v.id village_id, (select min(p.id) from gong_point p where p.village_id = v.id) gong_id, "
                + "(select min(p.id) from person p where p.village_id = v.id) pid from village v where v.id in " + villages
                + ") x cross join generate_series(0, 364) g cross join lateral (select case when (x.village_id * 7 + g) % 100 < 85 "
                + "then 'ON_TIME' when (x.village_id * 7 + g) % 100 < 90 then 'LATE' when (x.village_id * 7 + g) % 100 < 94 "
                + "then 'MISSED' when (x.village_id * 7 + g) % 100 < 96 then 'SERVICE_DOWN' else 'SUBSTITUTE' end st) s");
        jdbc.update("insert into duty_annotation (duty_id, position, kind, note, author, created_at) select d.id, 0, "
                + "case when d.status in ('LATE', 'MISSED') and d.id % 50 = 0 then 'EXCUSED' else 'MISTAKEN_STRIKE' end, 'b', "
                + "'benchmark', d.closed_at from nightly_duty d where d.commune_id in " + inProvince
                + " and ((d.status in ('LATE', 'MISSED') and d.id % 50 = 0) or d.id % 500 = 1)");
        jdbc.update("insert into incident (kind, status, commune_id, village_id, place, reported_at, channel, coming_count, "
                + "closed_at) select (array['FIRE', 'THEFT', 'RESCUE', 'DISORDER', 'OTHER'])[1 + (v.id + g) % 5], "
                + "case when g % 10 = 0 then 'FALSE_ALARM' when g % 10 = 1 then 'UNVERIFIED' when g % 10 = 2 then 'OPEN' "
                + "else 'RESOLVED' end, v.commune_id, v.id, 'benchmark', "
                + "timestamp with time zone '2026-01-01 00:00:00+07' + (((v.id * 37 + g * 41) % 365) || ' days')::interval "
                + "+ (((v.id + g * 173) % 1440) || ' minutes')::interval, 'SMS', 2, null "
                + "from village v cross join generate_series(0, 8) g where v.id in " + villages + " and (g < 8 or v.id % 3 = 0)");
        jdbc.update("update incident set closed_at = reported_at + ((10 + id % 120) || ' minutes')::interval "
                + "where commune_id in " + inProvince + " and status in ('RESOLVED', 'FALSE_ALARM')");
        jdbc.update("insert into incident_response (incident_id, person_id, answer, channel, answered_at) select i.id, 1, "
                + "case when k = 0 then 'CANNOT' else 'COMING' end, 'SMS', i.reported_at + ((k * 3 + i.id % 10) || ' minutes')::interval "
                + "from incident i cross join generate_series(0, 2) k where i.commune_id in " + inProvince
                + " and i.status <> 'UNVERIFIED'");
        jdbc.update("insert into incident_event (incident_id, kind, occurred_at) select i.id, 'GONG_REQUESTED', i.reported_at "
                + "from incident i where i.kind = 'FIRE' and i.commune_id in " + inProvince);
        jdbc.execute("vacuum analyze nightly_duty");
        jdbc.execute("analyze duty_annotation; analyze incident; analyze incident_response; "
                + "analyze incident_event");
    }

    void remove() {
        jdbc.update("delete from report_night where commune_id in " + inProvince);
        jdbc.update("delete from report_incident where commune_id in " + inProvince);
        String incidents = "(select id from incident where commune_id in " + inProvince + ")";
        jdbc.update("delete from incident_event where incident_id in " + incidents);
        jdbc.update("delete from incident_response where incident_id in " + incidents);
        jdbc.update("delete from incident where commune_id in " + inProvince);
        jdbc.update("delete from nightly_duty where commune_id in " + inProvince);
        // Deleting people checks nightly_duty's person columns (not indexed): let it scan an empty table, not 2 M dead rows.
        jdbc.execute("vacuum nightly_duty");
    }
}
