package vn.keng.duty;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: how long the round start takes for a province's 6,000 gong points until every
 * reminder is in the outbox (the recording in front of the real Notifications writes the rows; no
 * dispatcher sends them), so the figure is record creation + rendering and writing the outbox rows.
 * Run on PostgreSQL with:
 * {@code mvn -B -pl core test -Pintegration -Dkeng.benchmark=true -Dtest=RoundBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "keng.benchmark", matches = "true")
class RoundBenchmark extends RoundTestBase {

    private static final LocalDate BENCH_NIGHT = LocalDate.of(2026, 11, 27);

    @Test
    void oneCommuneWithSixThousandGongPoints() {
        long commune = province(1, 6000).get(0);
        run(List.of(commune), 1, "1 commune x 6000 gong points, 1 thread");
    }

    @Test
    void aProvinceOf150CommunesOf40GongPointsOnFourQuartzThreads() throws Exception {
        run(province(150, 40), 4, "150 communes x 40 gong points, 4 threads");
    }

    private void run(List<Long> communes, int threads, String label) {
        clock.set(LocalDateTime.of(BENCH_NIGHT, LocalTime.of(21, 50)).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        int before = sent.count();
        Duration inNotifications = sent.timeSpent();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            communes.forEach(c -> done.add(pool.submit(() -> rounds.run(c, BENCH_NIGHT, RoundStep.START))));
            for (Future<Boolean> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long notifying = sent.timeSpent().minus(inNotifications).toMillis();
        System.out.printf("%nBENCHMARK %s: %d reminders queued in %d ms, of which %d ms (summed over threads) in the"
                + " Notifications, outbox rows included (%s)%n%n", label, sent.count() - before, took.toMillis(), notifying,
                jdbc.queryForObject("select version()", String.class));
    }

    /** Communes with villages of one gong point each, a striker and a backup per gong point, by bulk SQL. */
    private List<Long> province(int communes, int pointsPerCommune) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long telegram = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L) * 1000;
        List<Long> ids = new ArrayList<>();
        for (int c = 0; c < communes; c++) {
            String name = "Bench " + tag + " " + c;
            jdbc.update("insert into commune (name, province_name) values (?, ?)", name, "Bench " + tag);
            long commune = jdbc.queryForObject("select id from commune where name = ?", Long.class, name);
            ids.add(commune);
            List<Object[]> villages = new ArrayList<>();
            for (int v = 0; v < pointsPerCommune; v++) {
                villages.add(new Object[] {commune, "Thon " + v});
            }
            jdbc.batchUpdate("insert into village (commune_id, name) values (?, ?)", villages);
            jdbc.update("insert into gong_point (village_id, name, main) select id, 'Nha van hoa', true from village"
                    + " where commune_id = ?", commune);
            List<Map<String, Object>> points = jdbc.queryForList("select g.id as gid, g.village_id as vid from gong_point g"
                    + " join village v on v.id = g.village_id where v.commune_id = ?", commune);
            List<Object[]> people = new ArrayList<>();
            for (Map<String, Object> p : points) {
                people.add(new Object[] {commune, p.get("vid"), "Striker " + p.get("gid"), telegram++});
                people.add(new Object[] {commune, p.get("vid"), "Backup " + p.get("gid"), telegram++});
            }
            jdbc.batchUpdate("insert into person (commune_id, village_id, name, telegram_user_id) values (?, ?, ?, ?)",
                    people);
            jdbc.update("insert into duty_roster (gong_point_id, rotation, start_date, backup_id) select g.id, 'FIXED',"
                    + " date '2026-01-01', (select p.id from person p where p.name = 'Backup ' || g.id and p.commune_id = ?)"
                    + " from gong_point g join village v on v.id = g.village_id where v.commune_id = ?", commune, commune);
            jdbc.update("insert into duty_roster_member (roster_id, position, person_id) select r.id, 0, p.id"
                    + " from duty_roster r join gong_point g on g.id = r.gong_point_id join village v on v.id = g.village_id"
                    + " join person p on p.name = 'Striker ' || g.id and p.commune_id = v.commune_id where v.commune_id = ?",
                    commune);
        }
        return ids;
    }

}
