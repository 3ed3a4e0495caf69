package vn.keng.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.keng.report.Figures;
import vn.keng.report.Report;
import vn.keng.report.SampleReports;
import vn.keng.report.VillageFigures;

/** The report CSV read back by a CSV parser: names that a spreadsheet would run stay text, any name survives. */
class CsvReportTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"bấm\")";

    @Test
    void namesThatStartLikeAFormulaGetAnApostropheAndEveryOtherNameRoundTrips() throws IOException {
        List<String> names = List.of(FORMULA, "+84 Thôn", "-Xóm", "@Bản", "\tThôn Tab", "\rThôn CR",
                "Xóm 1, \"Đồng\"\nThôn 2", "-12.5", "Thôn Đồng Thịnh");
        String csv = new String(CsvReport.render(named(names)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFvillage_id,village,nights,");
        List<CSVRecord> records = parse(csv.substring(1));
        assertThat(records).hasSize(names.size() + 2);
        assertThat(records.subList(1, names.size() + 1)).extracting(r -> r.get(1)).containsExactly("'" + FORMULA,
                "'+84 Thôn", "'-Xóm", "'@Bản", "'\tThôn Tab", "'\rThôn CR", "Xóm 1, \"Đồng\"\nThôn 2", "-12.5",
                "Thôn Đồng Thịnh");
        assertThat(records.get(names.size() + 1).get(1)).isEqualTo("TOTAL");
    }

    @Test
    void rowsEndWithCrlfAndEmptyCellsAreBare() {
        String csv = new String(CsvReport.render(SampleReports.full()), StandardCharsets.UTF_8);

        assertThat(csv).endsWith(",,\r\n").doesNotContain("\"\"");
        assertThat(csv.split("\r\n", -1)).hasSize(5);
        assertThat(csv.split("\r\n")[3]).startsWith(",TOTAL,");
    }

    private static Report named(List<String> names) {
        Report report = SampleReports.full();
        Figures f = report.current();
        VillageFigures v = f.villages().get(0);
        List<VillageFigures> villages = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            villages.add(new VillageFigures(100L + i, names.get(i), v.rounds(), v.incidents(), v.groups(),
                    v.gongPoints(), v.householdsPerGong(), v.villagesNeedingGong(), v.smsSegments(), v.calls(),
                    v.notices(), v.patrols(), v.confirmation()));
        }
        return new Report(report.communeId(), report.communeName(), report.provinceName(), null, null,
                new Figures(f.period(), villages, f.total(), f.strikers(), f.incidentsPerMonth(), f.spread()),
                report.previous(), 150, "USD", report.generatedAt());
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords();
        }
    }
}
