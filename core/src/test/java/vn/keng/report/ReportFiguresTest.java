package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.messaging.CallCosts;
import vn.keng.platform.NotFoundException;

/** The registry and outbox sections against figures computed by hand on {@link ReportFixture}; rounds and incidents: {@link RecordFiguresTest}. */
class ReportFiguresTest extends FixtureReportTest {

    @Autowired RegistryFigures registryFigures;

    @Test
    void groupsAndCoverageCountAHouseholdInNoGroupAndDeclaredHouseholds() {
        assertThat(village(data.one()).groups()).isEqualTo(new SafetyGroupFigures(2, 12, 9, 1));
        assertThat(village(data.one()).groups().coverage()).isEqualTo(0.75);
        assertThat(village(data.two()).groups()).isEqualTo(new SafetyGroupFigures(1, 400, 2, 1));
        assertThat(village(data.three()).groups()).isEqualTo(SafetyGroupFigures.NONE);
        assertThat(village(data.three()).groups().coverage()).isNull();
        assertThat(report.current().total().groups()).isEqualTo(new SafetyGroupFigures(3, 412, 11, 2));
    }

    @Test
    void aGroupWithNoHouseholdIsOutsideTheRange() {
        registry.createGroup(data.three().getId(), "Tổ mới", null, null);

        Report now = reports.commune(data.commune().getId(), report.period());

        VillageFigures three = now.current().villages().stream().filter(v -> v.villageId().equals(data.three().getId()))
                .findFirst().orElseThrow();
        assertThat(three.groups()).isEqualTo(new SafetyGroupFigures(1, 0, 0, 1));
        assertThat(now.current().total().groups()).isEqualTo(new SafetyGroupFigures(4, 412, 11, 3));
    }

    @Test
    void gongPointsByConditionAndHouseholdsPerUsableGong() {
        assertThat(village(data.one()).gongPoints()).isEqualTo(new GongPointFigures(1, 1, 1));
        assertThat(village(data.one()).householdsPerGong()).isEqualTo(6.0);
        assertThat(village(data.one()).needsAnotherGong()).isFalse();
        assertThat(village(data.two()).householdsPerGong()).isEqualTo(400.0);
        assertThat(village(data.two()).needsAnotherGong()).isTrue();
        assertThat(village(data.three()).householdsPerGong()).isNull();
        assertThat(report.current().total().gongPoints()).isEqualTo(new GongPointFigures(2, 1, 1));
    }

    @Test
    void smsSegmentsSentInThePeriodInTheCommunesTimeZone() {
        assertThat(village(data.one()).smsSegments()).isEqualTo(3);
        assertThat(village(data.two()).smsSegments()).isEqualTo(2);
        assertThat(report.current().total().smsSegments()).isEqualTo(9);
        assertThat(report.previous().total().smsSegments()).isEqualTo(5);
        assertThat(report.previousOf(data.two().getId()).orElseThrow().smsSegments()).isEqualTo(5);
    }

    @Test
    void callsPlacedInThePeriodByHowTheyEndedWithKeysPressedMinutesAndCost() {
        assertThat(village(data.one()).calls()).isEqualTo(new CallFigures(5, 1, 1, 1, 1, 1, 2, new BigDecimal("0.00")));
        assertThat(village(data.two()).calls()).isEqualTo(new CallFigures(1, 1, 1, 0, 0, 0, 1, new BigDecimal("0.00")));
        assertThat(village(data.three()).calls()).isEqualTo(CallFigures.NONE);
        assertThat(report.current().total().calls()).isEqualTo(new CallFigures(6, 2, 2, 1, 1, 1, 3, new BigDecimal("0.00")));
        assertThat(report.previous().total().calls()).isEqualTo(new CallFigures(1, 0, 1, 0, 0, 0, 3, new BigDecimal("0.00")));

        // With prices: calls placed times the price per call, plus minutes billed times the price per minute.
        CallCosts prices = new CallCosts(new BigDecimal("0.05"), new BigDecimal("0.10"), "USD");
        var byVillage = registryFigures.calls(ReportScope.commune(data.commune().getId(), data.commune().getTimeZone()),
                report.period(), prices);
        assertThat(byVillage.get(data.one().getId()).cost()).isEqualTo(new BigDecimal("0.60"));
        assertThat(byVillage.get(data.two().getId()).cost()).isEqualTo(new BigDecimal("0.15"));
    }

    @Test
    void villagesAreListedByName() {
        assertThat(report.current().villages()).extracting(VillageFigures::name).containsExactly("Thôn Ba", "Thôn Hai", "Thôn Một");
        assertThat(report.period().dates()).isEqualTo("01/01/2026 - 31/12/2026");
        assertThat(report.previous().period().code()).isEqualTo("2025");
    }

    @Test
    void aVillageReportHoldsOnlyThatVillage() {
        Report one = reports.village(data.one().getId(), reports.period(data.commune().getId(), "2026"));
        assertThat(one.current().villages()).hasSize(1);
        assertThat(one.current().total().groups()).isEqualTo(new SafetyGroupFigures(2, 12, 9, 1));
        assertThat(one.current().total().smsSegments()).isEqualTo(3);
        assertThat(one.subject()).isEqualTo("Thôn Một");
    }

    @Test
    void aYearWithNoRecordsAndACommuneWithNoVillagesAreReportsNotErrors() {
        Report quiet = reports.commune(data.commune().getId(), reports.period(data.commune().getId(), "2031"));
        assertThat(quiet.current().total().smsSegments()).isZero();
        assertThat(quiet.current().total().rounds()).isEqualTo(GongRounds.NONE);
        assertThat(quiet.current().total().incidents()).isEqualTo(IncidentStats.NONE);
        assertThat(quiet.current().strikers()).isEmpty();
        assertThat(quiet.current().incidentsPerMonth()).isEmpty();
        assertThat(quiet.current().villages()).hasSize(3);
        var empty = registry.createCommune(vn.keng.testing.TestPeople.unique("Xã Trống"), "Tỉnh Thử");
        Report none = reports.commune(empty.getId(), reports.period(empty.getId(), "2026"));
        assertThat(none.noData()).isTrue();
        assertThat(none.current().villages()).isEmpty();
    }

    @Test
    void anUnknownCommuneIsNotFound() {
        assertThatThrownBy(() -> reports.commune(-1, Period.movementYear(2026))).isInstanceOf(NotFoundException.class);
    }
}
