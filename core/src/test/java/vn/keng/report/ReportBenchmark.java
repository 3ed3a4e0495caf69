package vn.keng.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.testing.CoreTest;

/**
 * Benchmark, not a test: every report section (gong rounds, incidents, fire-safety groups and
 * coverage, gong points, households per gong, nights per striker, SMS segments) on a province-sized data set in
 * PostgreSQL: 150 communes x 40 villages = 6,000 villages, 1.5 M households in 150,000 groups
 * (every 20th household in none), 12,000 gong points, 30,000 people and 600,000 SMS rows.
 * Run with {@code mvn -pl core -am verify -Pbenchmark -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dkeng.it.db-url=jdbc:postgresql://127.0.0.1:5432/<own database>} on a shared server).
 * One year of nightly duty records (2.19 M rows) and 50,000 incidents come from {@link BenchmarkRecords},
 * written as plain SQL; the reports' read model is then rebuilt from them commune by commune (timed).
 * The data set is removed afterwards, unless {@code -Dkeng.benchmark.keep=true}; {@code
 * -Dkeng.benchmark.province=<name>} measures a kept province again without generating it.
 */
@Tag("benchmark")
@CoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ReportBenchmark.class);
    static final int COMMUNES = 150;
    static final int VILLAGES = 40;
    static final int HOUSEHOLDS = 250;

    @Autowired JdbcTemplate jdbc;
    @Autowired Reports reports;
    @Autowired RegistryFigures registryFigures;
    @Autowired GongRoundFigures roundFigures;
    @Autowired IncidentFigures incidentFigures;
    @Autowired QueryPlanning planning;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired ReportReadModel readModel;

    String province;
    List<Long> communes;

    @BeforeAll
    void generate() {
        String reuse = System.getProperty("keng.benchmark.province");
        if (reuse != null) {
            province = reuse;
            communes = jdbc.queryForList("select id from commune where province_name = ? order by id", Long.class, province);
            return;
        }
        province = "Tỉnh Benchmark " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        long start = System.nanoTime();
        jdbc.update("insert into commune (name, province_name) select 'Xã B' || g, ? from generate_series(1, ?) g",
                province, COMMUNES);
        communes = jdbc.queryForList("select id from commune where province_name = ? order by id", Long.class, province);
        String inProvince = "(select id from commune where province_name = '" + province.replace("'", "''") + "')";
        jdbc.update("insert into village (commune_id, name, household_count) select c.id, 'Thôn ' || g, ? "
                + "from commune c cross join generate_series(1, ?) g where c.id in " + inProvince, HOUSEHOLDS, VILLAGES);
        String villages = "(select v.id from village v where v.commune_id in " + inProvince + ")";
        jdbc.update("insert into safety_group (village_id, name) select v.id, 'Tổ ' || g from village v "
                + "cross join generate_series(0, ?) g where v.id in " + villages, HOUSEHOLDS / 10 - 1);
        jdbc.update("insert into household (village_id, code, address, group_id) select v.id, 'H' || g, 'Nhà ' || g, sg.id "
                + "from village v cross join generate_series(0, ?) g left join safety_group sg on sg.village_id = v.id "
                + "and sg.name = 'Tổ ' || (g / 10) and g % 20 <> 19 where v.id in " + villages, HOUSEHOLDS - 1);
        jdbc.update("insert into gong_point (village_id, name, condition) select v.id, 'Kẻng ' || g, case when g = 0 "
                + "then 'GOOD' when v.id % 7 = 0 then 'LOST' when v.id % 5 = 0 then 'DAMAGED' else 'GOOD' end "
                + "from village v cross join generate_series(0, 1) g where v.id in " + villages);
        jdbc.update("insert into person (commune_id, village_id, name) select v.commune_id, v.id, 'Người ' || g "
                + "from village v cross join generate_series(1, 5) g where v.id in " + villages);
        jdbc.update("insert into outbound_message (channel, address, person_id, text, priority, status, attempts, "
                + "next_attempt_at, segments, created_at, sent_at) select 'SMS', '+84900000000', p.id, 'x', 3, "
                + "case when g % 10 = 0 then 'FAILED' else 'DELIVERED' end, 1, now(), 1 + g % 2, now(), "
                + "timestamp with time zone '2026-01-01 00:00:00+07' + (g * 17 || ' days')::interval "
                + "from person p cross join generate_series(1, 20) g where p.commune_id in " + inProvince);
        long registryDone = System.nanoTime();
        new BenchmarkRecords(jdbc, inProvince).generate();
        log.info("BENCHMARK duty records and incidents generated in {} s: {} nightly records, {} incidents",
                (System.nanoTime() - registryDone) / 1_000_000_000.0,
                jdbc.queryForObject("select count(*) from nightly_duty where commune_id in " + inProvince, Long.class),
                jdbc.queryForObject("select count(*) from incident where commune_id in " + inProvince, Long.class));
        long rebuild = System.nanoTime();
        long nights = 0;
        long incidents = 0;
        for (Long commune : communes) {
            ReportReadModel.Rebuilt rebuilt = readModel.rebuild(commune);
            nights += rebuilt.nights();
            incidents += rebuilt.incidents();
        }
        log.info("BENCHMARK read model rebuilt commune by commune in {} s: {} nights, {} incidents",
                (System.nanoTime() - rebuild) / 1_000_000_000.0, nights, incidents);
        // What autovacuum does to freshly inserted tables on a live server (PostgreSQL 13+ vacuums after
        // inserts too): statistics, and the visibility map that lets covering indexes answer alone.
        for (String table : List.of("commune", "village", "safety_group", "household", "gong_point", "person",
                "outbound_message", "nightly_duty", "duty_annotation", "incident", "incident_response", "incident_event",
                "report_night", "report_incident")) {
            jdbc.execute("vacuum analyze " + table);
        }
        log.info("BENCHMARK generated {} communes, {} villages, {} households in {} s", COMMUNES, COMMUNES * VILLAGES,
                COMMUNES * VILLAGES * HOUSEHOLDS, (System.nanoTime() - start) / 1_000_000_000.0);
    }

    @Test
    void oneCommuneAndTheWholeProvince() {
        Period year = Period.parse("2026", java.time.Clock.systemUTC(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        for (int i = 0; i < 5; i++) {
            reports.commune(communes.get(i), year); // warm-up
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            Report report = reports.commune(communes.get(i % communes.size()), year);
            times.add((System.nanoTime() - t) / 1_000_000.0);
            if (report.current().total().rounds().nights() != VILLAGES * 365 || report.current().total().incidents().total() == 0) {
                throw new IllegalStateException("unexpected figures " + report.current().total());
            }
            if (report.current().villages().size() != VILLAGES) {
                throw new IllegalStateException("unexpected village count " + report.current().villages().size());
            }
        }
        Collections.sort(times);
        log.info("BENCHMARK one commune's yearly report (all sections, this period and the previous): "
                + "median {} ms, p95 {} ms, max {} ms", times.get(15), times.get(28), times.get(29));
        reports.province(province, year); // warm-up
        List<Double> provinceTimes = new ArrayList<>();
        Report whole = null;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            whole = reports.province(province, year);
            provinceTimes.add((System.nanoTime() - t) / 1_000_000.0);
        }
        Collections.sort(provinceTimes);
        if (whole.current().villages().size() != COMMUNES
                || whole.current().total().rounds().nights() != COMMUNES * VILLAGES * 365) {
            throw new IllegalStateException("unexpected province figures " + whole.current().total());
        }
        log.info("BENCHMARK whole province's yearly report ({} communes, {} villages, {} households, this period and "
                + "the previous): median {} ms, min {} ms, max {} ms", COMMUNES, COMMUNES * VILLAGES,
                whole.current().total().groups().households(), provinceTimes.get(2), provinceTimes.get(0), provinceTimes.get(4));
        long t = System.nanoTime();
        for (Long commune : communes) {
            reports.commune(commune, year);
        }
        log.info("BENCHMARK for comparison, the {} commune reports one after another: {} ms", communes.size(),
                (System.nanoTime() - t) / 1_000_000.0);
    }

    /** Where a province report's time goes: each section's queries once, warm. */
    @Test
    void provinceSections() {
        Period year = Period.parse("2026", java.time.Clock.systemUTC(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        ReportScope scope = ReportScope.province(province, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        for (int round = 0; round < 2; round++) {
            int r = round;
            tx.executeWithoutResult(status -> sections(scope, year, r));
        }
    }

    private void sections(ReportScope scope, Period year, int round) {
        planning.forReport();
        {
            StringBuilder out = new StringBuilder();
            java.util.Map<Long, Integer> declared = new java.util.HashMap<>();
            time(out, "villages", () -> registryFigures.villages(scope).forEach(v -> declared.put(v.id(), v.declaredHouseholds())));
            time(out, "groups", () -> registryFigures.groups(scope, declared));
            time(out, "gong points", () -> registryFigures.gongPoints(scope));
            time(out, "sms", () -> registryFigures.smsSegments(scope, year));
            time(out, "rounds", () -> roundFigures.byVillage(scope, year));
            time(out, "incidents by commune", () -> incidentFigures.byRow(scope, year));
            time(out, "incidents overall", () -> incidentFigures.overall(scope, year));
            time(out, "incidents per month", () -> incidentFigures.perMonth(scope, year));
            log.info("BENCHMARK province sections (round {}):{}", round, out);
        }
    }

    private static void time(StringBuilder out, String what, Runnable section) {
        long t = System.nanoTime();
        section.run();
        out.append(String.format(java.util.Locale.ROOT, " %s %.0f ms;", what, (System.nanoTime() - t) / 1_000_000.0));
    }

    @AfterAll
    void cleanUp() {
        if (Boolean.getBoolean("keng.benchmark.keep")) {
            log.info("BENCHMARK data kept: province '{}' (reuse it with -Dkeng.benchmark.province=...)", province);
            return;
        }
        String inProvince = "(select id from commune where province_name = '" + province.replace("'", "''") + "')";
        String villages = "(select v.id from village v where v.commune_id in " + inProvince + ")";
        new BenchmarkRecords(jdbc, inProvince).remove();
        // Order matters: deleting people checks safety_group.leader_id (not indexed), so groups go first.
        jdbc.update("delete from outbound_message where person_id in (select id from person where commune_id in "
                + inProvince + ")");
        jdbc.update("delete from household where village_id in " + villages);
        jdbc.update("delete from safety_group where village_id in " + villages);
        jdbc.update("delete from gong_point where village_id in " + villages);
        jdbc.update("delete from person where commune_id in " + inProvince);
        jdbc.update("delete from village where commune_id in " + inProvince);
        jdbc.update("delete from commune where province_name = ?", province);
    }
}
