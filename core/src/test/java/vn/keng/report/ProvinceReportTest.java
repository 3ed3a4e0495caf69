package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.platform.NotFoundException;
import vn.keng.registry.Language;
import vn.keng.registry.Registry;
import vn.keng.report.render.CsvReport;
import vn.keng.report.render.JsonReport;
import vn.keng.testing.CoreTest;
import vn.keng.testing.TestPeople;

/**
 * The province report: a row per commune, each equal to that commune's own report total, computed
 * by one query per section over the province.
 */
@CoreTest
class ProvinceReportTest {

    @Autowired ReportReadModel readModel;
    @Autowired Reports reports;
    @Autowired Registry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ReportFiles files;

    String province;
    ReportFixture.Data first;
    ReportFixture.Data second;
    Report report;

    @BeforeEach
    void setUp() {
        province = TestPeople.unique("Tỉnh Thử");
        first = new ReportFixture(registry, jdbc, tx, readModel).create(province);
        second = new ReportFixture(registry, jdbc, tx, readModel).create(province);
        report = reports.province(province, reports.provincePeriod(province, "2026"));
    }

    @Test
    void eachCommuneRowIsThatCommunesOwnTotal() {
        List<Long> communes = jdbc.queryForList("select id from commune where province_name = ?", Long.class, province);
        assertThat(report.current().villages()).extracting(VillageFigures::villageId)
                .containsExactlyInAnyOrderElementsOf(communes).hasSize(4);
        for (long commune : communes) {
            Report own = reports.commune(commune, reports.period(commune, "2026"));
            VillageFigures row = report.current().villages().stream().filter(r -> r.villageId() == commune)
                    .findFirst().orElseThrow();
            assertThat(row).usingRecursiveComparison().ignoringFields("villageId", "name").isEqualTo(own.current().total());
            assertThat(row.name()).isEqualTo(own.communeName());
            assertThat(report.previousOf(commune).orElseThrow()).usingRecursiveComparison()
                    .ignoringFields("villageId", "name").isEqualTo(own.previous().total());
        }
    }

    @Test
    void theProvinceTotalAddsUpItsCommunes() {
        Report one = reports.commune(first.commune().getId(), reports.period(first.commune().getId(), "2026"));
        VillageFigures total = report.current().total();
        VillageFigures communeTotal = one.current().total();
        assertThat(communeTotal.rounds().nights()).isPositive();
        assertThat(total.rounds()).isEqualTo(communeTotal.rounds().plus(communeTotal.rounds()));
        assertThat(total.groups()).isEqualTo(communeTotal.groups().plus(communeTotal.groups()));
        assertThat(total.villagesNeedingGong()).isEqualTo(2 * communeTotal.villagesNeedingGong()).isPositive();
        assertThat(total.incidents().total()).isEqualTo(2 * communeTotal.incidents().total());
        // Two identical communes: the province's median is each commune's median, its worst the same worst.
        assertThat(total.incidents().medianToComing()).isEqualTo(communeTotal.incidents().medianToComing());
        assertThat(total.incidents().worstToClose()).isEqualTo(communeTotal.incidents().worstToClose());
        // The other communes' officials got 7 segments each.
        assertThat(total.smsSegments()).isEqualTo(2 * communeTotal.smsSegments() + 2 * 7);
        assertThat(report.current().incidentsPerMonth()).containsAllEntriesOf(
                one.current().incidentsPerMonth().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, e -> 2 * e.getValue())));
    }

    @Test
    void nightsPerStrikerAreLeftToTheCommunesOwnReports() {
        assertThat(report.province()).isTrue();
        assertThat(report.current().strikers()).isEmpty();
        assertThat(report.subject()).isEqualTo(province);
        assertThat(report.authority()).isEqualTo(province);
    }

    @Test
    void theFilesNameCommunesNotVillages() throws Exception {
        String csv = new String(CsvReport.render(report), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFcommune_id,commune,nights");
        assertThat(csv).contains(first.commune().getName(), second.commune().getName());
        assertThat(JsonReport.document(report).communes()).isNotEmpty();
        assertThat(JsonReport.document(report).villages()).isNull();
        try (PDDocument doc = Loader.loadPDF(files.render(report, ReportFormat.PDF, Language.VI).content())) {
            String pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(pdf).contains("ỦY BAN NHÂN DÂN TỈNH THỬ", "Xã Đồng Thịnh");
        }
    }

    @Test
    void anUnknownProvinceIsNotFound() {
        assertThatThrownBy(() -> reports.provincePeriod("Tỉnh Không Có", "2026")).isInstanceOf(NotFoundException.class);
    }
}
