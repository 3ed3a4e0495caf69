package vn.keng.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Templates;
import vn.keng.messaging.TextForms;
import vn.keng.registry.Language;
import vn.keng.report.Report;
import vn.keng.report.SampleReports;

/** Every renderer, on a hand-made report: what a person would open, read back by a library. */
class RenderersTest {

    static final Templates TEMPLATES = new Templates();
    final Labels vi = new Labels(TEMPLATES, Language.VI);
    final Labels en = new Labels(TEMPLATES, Language.EN);
    final Report report = SampleReports.full();

    @Test
    void thePdfIsAnAdministrativeReportWhoseVietnameseSurvivesTextExtraction() throws Exception {
        byte[] pdf = PdfReport.render(report, vi);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                    "Đồng Thịnh", "kẻng", "Nà Hẩu", "Nguyễn Văn Hùng", "Tổ liên gia", "ỦY BAN NHÂN DÂN XÃ ĐỒNG THỊNH",
                    "7. Cuộc gọi báo động", "Máy bận", "8. Tuần tra sau kẻng", "Không báo tuần tra");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).as("the font is embedded").isTrue();
            assertThat(font.getName()).contains("LiberationSans");
        }
    }

    @Test
    void theWorkbookHasASheetPerSectionWithRealNumbers() throws Exception {
        byte[] xlsx = XlsxReport.render(report, vi);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(10);
            Sheet patrols = book.getSheet("Tuần tra");
            assertThat(patrols.getRow(0).getCell(0).getStringCellValue()).isEqualTo("8. Tuần tra sau kẻng");
            // name, nights, done, missed, service down, share, previous done: village one, then the total
            assertThat(patrols.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(350);
            assertThat(patrols.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(12);
            assertThat(patrols.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(665);
            assertThat(patrols.getRow(4).getCell(5).getNumericCellValue()).isCloseTo(630.0 / 662,
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(book.getSheetName(0)).isEqualTo("Tổng hợp");
            assertThat(book.getSheetName(1)).isEqualTo("Đánh kẻng");
            Sheet rounds = book.getSheet("Đánh kẻng");
            // title, header, two villages, total
            assertThat(rounds.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Thôn Đồng Thịnh");
            assertThat(rounds.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(365);
            assertThat(rounds.getRow(2).getCell(8).getNumericCellValue()).isCloseTo(341.0 / 356, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rounds.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Toàn địa bàn");
            assertThat(rounds.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(730);
            Sheet groups = book.getSheet("Tổ liên gia");
            assertThat(groups.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(150.0 / 400);
            assertThat(book.getSheet("Người đánh kẻng").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn Hùng");
            Sheet calls = book.getSheet("Cuộc gọi");
            assertThat(calls.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Chi phí (USD)");
            // made, answered, picked up, busy, no answer, failed, minutes, cost: the total row
            assertThat(calls.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(15);
            assertThat(calls.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(8);
            assertThat(calls.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(calls.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(16);
            assertThat(calls.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(5.0);
        }
    }

    /** A name typed (or imported) as a formula stays text in the workbook (the CSV neutralises it: see below). */
    @Test
    void aNameThatLooksLikeAFormulaIsATextCellInTheWorkbook() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"bấm\")";
        vn.keng.report.Figures f = report.current();
        Report hostile = new Report(report.communeId(), report.communeName(), report.provinceName(), null, null,
                new vn.keng.report.Figures(f.period(), f.villages(), f.total(),
                        java.util.List.of(new vn.keng.report.StrikerNights(9, formula, "@Thôn +1", 3)),
                        f.incidentsPerMonth(), f.spread()),
                report.previous(), 150, "USD", report.generatedAt());

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(hostile, vi)))) {
            org.apache.poi.ss.usermodel.Row row = book.getSheet("Người đánh kẻng").getRow(2);
            assertThat(row.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(formula);
            assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void theChartDecodesAtItsSize() throws Exception {
        byte[] png = ChartPng.render(report, vi);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ChartPng.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartPng.HEIGHT);
        assertThat(ImageIO.read(new ByteArrayInputStream(ChartPng.render(SampleReports.empty(), en)))).isNotNull();
    }

    @Test
    void theSmsSummaryIsGsm7InAtMostTwoSegmentsEvenWithLongNamesAndBigNumbers() {
        for (Labels labels : new Labels[] {vi, en}) {
            for (Report r : new Report[] {report, SampleReports.empty()}) {
                String sms = SummaryText.render(r, labels, ChannelType.SMS, false);
                assertThat(TextForms.isGsm7(sms)).as(sms).isTrue();
                assertThat(TextForms.smsSegments(sms)).as(sms).isEqualTo(1);
            }
        }
        assertThat(SummaryText.render(report, vi, ChannelType.SMS, false)).startsWith("BC Xa Dong Thinh 2026:")
                .contains("dung gio 91% (ky truoc 91%), muon 40, chua danh 25").contains("To lien gia 30, bao phu 60%")
                .doesNotContain(" bo ");
    }

    @Test
    void theTelegramSummaryKeepsDiacriticsAndListsVillages() {
        String text = SummaryText.render(report, vi, ChannelType.TELEGRAM, true);
        assertThat(text).contains("Báo cáo Xã Đồng Thịnh, kỳ 2026 (01/01/2026 - 31/12/2026)", "• Thôn Đồng Thịnh: đúng giờ 96%",
                "390/650 hộ trong tổ = 60%", "Kèm theo",
                "📞 Cuộc gọi: 15 cuộc (8 bấm phím trả lời; 1 máy bận, 3 không nghe, 1 lỗi), 16 phút, chi phí 5.00 USD");
        assertThat(SummaryText.render(report, en, ChannelType.TELEGRAM, false))
                .contains("📞 Calls: 15 (8 answered by key; 1 busy, 3 no answer, 1 failed), 16 minutes, cost 5.00 USD")
                .contains("Patrols after the gong: 630/665 nights (95%); 32 not reported, 3 service down");
        assertThat(text).contains("🚶 Tuần tra sau kẻng: 630/665 đêm (95%); 32 đêm không báo, 3 đêm hệ thống lỗi",
                "• Thôn Đồng Thịnh: tuần tra 350/365 đêm, 12 đêm không báo");
        assertThat(SummaryText.render(SampleReports.empty(), vi, ChannelType.TELEGRAM, false))
                .contains("0 lượt đánh kẻng", "0 vụ", "Không có dữ liệu cho kỳ này").doesNotContain("chưa có nguồn")
                .doesNotContain("Tuần tra");
    }

    @Test
    void theJsonHoldsTheContractFieldsPerVillage() {
        JsonNode json = JsonMapper.builder().build().readTree(new String(JsonReport.render(report), StandardCharsets.UTF_8));
        JsonNode village = json.get("villages").get(0);
        assertThat(village.get("name").asString()).isEqualTo("Thôn Đồng Thịnh");
        assertThat(village.get("nights").asInt()).isEqualTo(365);
        assertThat(village.get("onTime").asInt()).isEqualTo(340);
        assertThat(village.get("late").asInt()).isEqualTo(10);
        assertThat(village.get("missed").asInt()).isEqualTo(5);
        assertThat(village.get("serviceDown").asInt()).isEqualTo(3);
        assertThat(village.get("excused").asInt()).isEqualTo(6);
        assertThat(village.get("incidents").asInt()).isEqualTo(4);
        assertThat(village.get("groupCoverage").asDouble()).isEqualTo(240.0 / 250);
        assertThat(village.get("previous").get("nights").asInt()).isEqualTo(365);
        assertThat(json.get("total").get("nights").asInt()).isEqualTo(730);
        assertThat(json.get("period").get("code").asString()).isEqualTo("2026");
        JsonNode calls = village.get("calls");
        assertThat(calls.get("made").asInt()).isEqualTo(12);
        assertThat(calls.get("answered").asInt()).isEqualTo(7);
        assertThat(calls.get("busy").asInt()).isEqualTo(1);
        assertThat(calls.get("noAnswer").asInt()).isEqualTo(2);
        assertThat(calls.get("minutes").asInt()).isEqualTo(14);
        assertThat(calls.get("cost").asDouble()).isEqualTo(4.2);
        assertThat(json.get("total").get("calls").get("made").asInt()).isEqualTo(15);
        assertThat(json.get("callCostCurrency").asString()).isEqualTo("USD");
        assertThat(village.get("patrols").get("done").asInt()).isEqualTo(350);
        assertThat(village.get("patrols").get("missed").asInt()).isEqualTo(12);
        assertThat(json.get("total").get("patrols").get("nights").asInt()).isEqualTo(665);
    }

    @Test
    void theCsvHasARowPerVillageAndATotalUnderStableHeaders() {
        String csv = new String(CsvReport.render(report), StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("village_id,village,nights,on_time,late,missed");
        assertThat(lines[1]).startsWith("1,Thôn Đồng Thịnh,365,340,10,5,6,3,1,0.9579");
        assertThat(lines[3]).startsWith(",TOTAL,730,").endsWith(",15,8,10,1,3,1,16,5.00,15,2,665,630,32,3,0.9517,,");
        assertThat(lines[1]).endsWith(",2,365,350,12,3,0.9669,,"); // not confirmed: no one, no time
        assertThat(lines[0]).endsWith(",calls_made,calls_answered,calls_completed,calls_busy,calls_no_answer,calls_failed,"
                + "call_minutes,call_cost,previous_calls_made,notices,patrol_nights,patrol_done,patrol_missed,"
                + "patrol_service_down,patrol_done_share,confirmed_by,confirmed_at");
        assertThat(CsvReport.quote("=HYPERLINK(\"x\")")).startsWith("\"'=");
    }
}
