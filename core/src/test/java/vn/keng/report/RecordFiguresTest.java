package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The gong-round and incident sections against figures computed by hand on {@link RecordsFixture}. */
class RecordFiguresTest extends FixtureReportTest {

    @Test
    void nightsByOutcomeWithExcusedNightsCountedAsExcusedOnly() {
        assertThat(village(data.one()).rounds()).isEqualTo(new GongRounds(10, 4, 1, 1, 2, 1, 1, 2, 1));
        assertThat(village(data.one()).rounds().onTimeShare()).isEqualTo(5 / 7.0);
        assertThat(village(data.two()).rounds()).isEqualTo(new GongRounds(2, 1, 0, 1, 0, 0, 0, 0, 0));
        assertThat(village(data.two()).rounds().onTimeShare()).isEqualTo(0.5);
        assertThat(village(data.three()).rounds()).isEqualTo(GongRounds.NONE);
        assertThat(report.current().total().rounds()).isEqualTo(new GongRounds(12, 5, 1, 2, 2, 1, 1, 2, 1));
        assertThat(report.previous().total().rounds()).isEqualTo(new GongRounds(1, 1, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void theRecordsAreNightsAtGongPointsCountedApart() {
        // 12 records of 2026: gong 1 on 1-9/1, gong 2 on 31/12 (village one), gong 4 on 1-2/3 (village two)
        assertThat(report.current().spread()).isEqualTo(new RoundSpread(12, 3));
        assertThat(report.previous().spread()).isEqualTo(new RoundSpread(1, 1));
        Report one = reports.village(data.one().getId(), report.period());
        assertThat(one.current().spread()).isEqualTo(new RoundSpread(10, 2));
    }

    @Test
    void nightsConfirmedPerStriker() {
        assertThat(report.current().strikers()).hasSize(3);
        assertThat(report.current().strikers().get(0)).isEqualTo(
                new StrikerNights(data.striker().getId(), data.striker().getName(), "Thôn Một", 6));
        assertThat(report.current().strikers()).extracting(StrikerNights::personId, StrikerNights::nights)
                .contains(org.assertj.core.groups.Tuple.tuple(data.headOfOne().getId(), 1),
                        org.assertj.core.groups.Tuple.tuple(data.resident().getId(), 1));
    }

    @Test
    void incidentsByKindWithMergedReportsFalseAlarmsUnverifiedAndResponseTimes() {
        IncidentStats one = village(data.one()).incidents();
        assertThat(one.byKind()).isEqualTo(Map.of("FIRE", 2, "THEFT", 1));
        assertThat(one.falseAlarms()).isEqualTo(1);
        assertThat(one.unverified()).isZero();
        assertThat(one.medianToComing()).isEqualTo(Duration.ofMinutes(7));
        assertThat(one.worstToComing()).isEqualTo(Duration.ofMinutes(20));
        assertThat(one.medianToClose()).isEqualTo(Duration.ofMinutes(50));
        assertThat(one.worstToClose()).isEqualTo(Duration.ofMinutes(120));
        IncidentStats two = village(data.two()).incidents();
        assertThat(two).isEqualTo(new IncidentStats(Map.of("THEFT", 1), 0, 1, null, null, null, null));
        IncidentStats all = report.current().total().incidents();
        assertThat(all.byKind()).isEqualTo(Map.of("FIRE", 2, "THEFT", 2, "RESCUE", 1));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all).extracting(IncidentStats::falseAlarms, IncidentStats::unverified).containsExactly(1, 1);
        assertThat(all.medianToComing()).isEqualTo(Duration.ofMinutes(9));
        assertThat(all.worstToComing()).isEqualTo(Duration.ofMinutes(20));
        assertThat(all.medianToClose()).isEqualTo(Duration.ofMinutes(50));
        assertThat(report.previous().total().incidents().byKind()).isEqualTo(Map.of("OTHER", 1));
        assertThat(report.previousOf(data.two().getId()).orElseThrow().incidents().total()).isEqualTo(1);
    }

    @Test
    void incidentsPerMonthInTheCommunesTimeZone() {
        assertThat(report.current().incidentsPerMonth()).isEqualTo(Map.of(YearMonth.of(2026, 1), 1,
                YearMonth.of(2026, 2), 1, YearMonth.of(2026, 5), 1, YearMonth.of(2026, 6), 1, YearMonth.of(2026, 7), 1));
    }

    @Test
    void aVillageReportCountsOnlyItsOwnNightsIncidentsAndStrikers() {
        Report two = reports.village(data.two().getId(), reports.period(data.commune().getId(), "2026"));
        assertThat(two.current().total().rounds()).isEqualTo(new GongRounds(2, 1, 0, 1, 0, 0, 0, 0, 0));
        assertThat(two.current().total().incidents()).isEqualTo(new IncidentStats(Map.of("THEFT", 1), 0, 1, null, null,
                null, null));
        assertThat(two.current().strikers()).extracting(StrikerNights::personId).containsExactly(data.resident().getId());
        assertThat(two.current().incidentsPerMonth()).isEqualTo(Map.of(YearMonth.of(2026, 6), 1));
    }

    @Test
    void aMonthReportCutsNightsByCommuneLocalDates() {
        Report january = reports.commune(data.commune().getId(), reports.period(data.commune().getId(), "1/2026"));
        assertThat(january.current().total().rounds().nights()).isEqualTo(9);
        assertThat(january.current().total().incidents().total()).isEqualTo(1);
        assertThat(january.previous().total().rounds().nights()).isEqualTo(1);
        assertThat(january.previous().total().incidents().byKind()).isEqualTo(Map.of("OTHER", 1));
    }
}
