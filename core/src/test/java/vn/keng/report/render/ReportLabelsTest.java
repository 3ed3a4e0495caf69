package vn.keng.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Templates;
import vn.keng.registry.Language;
import vn.keng.report.Report;
import vn.keng.report.SampleReports;

/**
 * Labels say what they measure, the same in the text, the PDF and the workbook, in both languages:
 * the time until someone tapped "Tôi đến ngay" in minutes (not a time of arrival, not h:mm), and the
 * gong rounds as records at gong points over nights (7 villages struck once are not "7 nights").
 */
class ReportLabelsTest {

    static final Templates TEMPLATES = new Templates();
    final Labels vi = new Labels(TEMPLATES, Language.VI);
    final Labels en = new Labels(TEMPLATES, Language.EN);
    final Report report = SampleReports.full(); // 730 records over 365 nights at 3 gong points; median 7 min, worst 42

    @Test
    void theChatSummaryNamesTheTapAndCountsNightsAndGongPointsApart() {
        assertThat(SummaryText.render(report, vi, ChannelType.TELEGRAM, false))
                .contains("730 lượt đánh kẻng trong 365 đêm ở 3 điểm kẻng:")
                .contains("từ khi báo đến khi có người nhận “Tôi đến ngay”: thường mất 7 phút, lâu nhất 42 phút")
                .doesNotContain("trung vị")
                .doesNotContain("730 đêm").doesNotContain("hiện trường").doesNotContain("0:07");
        assertThat(SummaryText.render(report, en, ChannelType.TELEGRAM, false))
                .contains("730 rounds over 365 nights at 3 gong points:")
                .contains("time until someone tapped “I'm coming”: median 7 min, worst 42 min")
                .doesNotContain("730 nights").doesNotContain("0:07");
        assertThat(SummaryText.render(SampleReports.empty(), vi, ChannelType.TELEGRAM, false))
                .contains("0 lượt đánh kẻng trong 0 đêm ở 0 điểm kẻng", "thường mất -, lâu nhất -");
    }

    @Test
    void tableCellsOfDurationsAreWholeMinutes() {
        assertThat(Table.text(new Table.Minutes(Duration.ofMinutes(67)))).isEqualTo("67");
        assertThat(Table.text(new Table.Minutes(Duration.ofHours(6)))).isEqualTo("360");
        assertThat(Table.text(new Table.Minutes(null))).isEqualTo("-");
    }

    @Test
    void thePdfShowsMinutesUnderHeadersThatNameTheTap() throws Exception {
        for (Labels labels : new Labels[] {vi, en}) {
            try (PDDocument doc = Loader.loadPDF(PdfReport.render(report, labels))) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains(labels == vi ? "Thường mất đến khi có người nhận đến" : "I'm coming")
                        .contains(labels == vi ? "Lượt đánh kẻng" : "Gong-point nights")
                        .doesNotContain("0:07").doesNotContain("0:42").doesNotContain("6:00").contains("360");
            }
        }
    }

    @Test
    void thePdfHasTheFormOfAnAdministrativeReport() throws Exception {
        try (PDDocument doc = Loader.loadPDF(PdfReport.render(report, vi))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN XÃ ĐỒNG THỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "/BC-UBND",
                    "Số:", " Đồng Thịnh, ngày ", "Nơi nhận:", "- Lưu: VP.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH")
                    .doesNotContain("Xã Đồng Thịnh, ngày");
        }
    }

    @Test
    void theWorkbookHeadersNameTheTapAndItsCellsAreMinutes() throws Exception {
        for (Labels labels : new Labels[] {vi, en}) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(report, labels)))) {
                Sheet incidents = book.getSheetAt(2);
                assertThat(incidents.getRow(1).getCell(9).getStringCellValue()).isEqualTo(labels == vi
                        ? "Thường mất đến khi có người nhận đến (phút)" : "Median until “I'm coming” tapped (min)");
                assertThat(incidents.getRow(1).getCell(10).getStringCellValue()).isEqualTo(labels == vi
                        ? "Lâu nhất đến khi có người nhận đến (phút)" : "Worst until “I'm coming” tapped (min)");
                assertThat(incidents.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(7);
                assertThat(incidents.getRow(4).getCell(10).getNumericCellValue()).isEqualTo(42);
                assertThat(book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo(labels == vi
                        ? "Lượt đánh kẻng (đêm × điểm kẻng)" : "Gong-point nights (nights × gong points)");
            }
        }
    }
}
