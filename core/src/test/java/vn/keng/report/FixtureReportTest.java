package vn.keng.report;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.registry.Registry;
import vn.keng.registry.Village;
import vn.keng.testing.CoreTest;

/** The 2026 report of a fresh {@link ReportFixture} commune, for tests that check figures computed by hand. */
@CoreTest
abstract class FixtureReportTest {

    @Autowired ReportReadModel readModel;
    @Autowired Reports reports;
    @Autowired Registry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    ReportFixture.Data data;
    Report report;

    @BeforeEach
    void setUp() {
        data = new ReportFixture(registry, jdbc, tx, readModel).create();
        report = reports.commune(data.commune().getId(), reports.period(data.commune().getId(), "2026"));
    }

    VillageFigures village(Village v) {
        return report.current().villages().stream().filter(f -> f.villageId().equals(v.getId())).findFirst().orElseThrow();
    }
}
