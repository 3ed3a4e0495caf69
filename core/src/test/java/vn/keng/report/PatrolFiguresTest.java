package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.keng.registry.Village;

/**
 * Patrol nights after the gong per village, from {@code patrol_night} rows written as the duty
 * module stores them: village one 1/1 and 2/1 DONE, 3/1 MISSED, 4/1 SERVICE_DOWN, 5/1 still PENDING,
 * 31/12/2025 DONE (previous year), 1/1/2027 MISSED (next year); village two 1/3 MISSED.
 */
class PatrolFiguresTest extends FixtureReportTest {

    @Test
    void patrolNightsDoneAndMissedPerVillageAndForTheCommune() {
        patrol(data.one(), "2025-12-31", "DONE");
        patrol(data.one(), "2026-01-01", "DONE");
        patrol(data.one(), "2026-01-02", "DONE");
        patrol(data.one(), "2026-01-03", "MISSED");
        patrol(data.one(), "2026-01-04", "SERVICE_DOWN");
        patrol(data.one(), "2026-01-05", "PENDING");
        patrol(data.one(), "2027-01-01", "MISSED");
        patrol(data.two(), "2026-03-01", "MISSED");
        readModel.rebuild(data.commune().getId()); // written as plain SQL, without events

        Report again = reports.commune(data.commune().getId(), report.period());

        assertThat(row(again, data.one()).patrols()).isEqualTo(new PatrolNightFigures(5, 2, 1, 1));
        assertThat(row(again, data.one()).patrols().doneShare()).isEqualTo(0.5);
        assertThat(row(again, data.two()).patrols()).isEqualTo(new PatrolNightFigures(1, 0, 1, 0));
        assertThat(row(again, data.three()).patrols()).isEqualTo(PatrolNightFigures.NONE);
        assertThat(again.current().total().patrols()).isEqualTo(new PatrolNightFigures(6, 2, 2, 1));
        assertThat(again.previous().total().patrols()).isEqualTo(new PatrolNightFigures(1, 1, 0, 0));
        Report village = reports.village(data.two().getId(), report.period());
        assertThat(village.current().villages().get(0).patrols()).isEqualTo(new PatrolNightFigures(1, 0, 1, 0));
    }

    @Test
    void aCommuneWithoutPatrolRecordsHasNoPatrolFigures() {
        assertThat(report.current().total().patrols()).isEqualTo(PatrolNightFigures.NONE);
        assertThat(report.current().total().patrols().doneShare()).isNull();
    }

    private static VillageFigures row(Report report, Village v) {
        return report.current().villages().stream().filter(f -> f.villageId().equals(v.getId())).findFirst()
                .orElseThrow();
    }

    private void patrol(Village village, String night, String status) {
        LocalDate date = LocalDate.parse(night);
        Instant due = date.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        jdbc.update("insert into patrol_night (commune_id, village_id, night, due_at, status) values (?, ?, ?, ?, ?)",
                data.commune().getId(), village.getId(), Date.valueOf(date), Timestamp.from(due), status);
    }
}
