package vn.keng.admin;

import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.messaging.Attachment;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.PlaceNames;
import vn.keng.registry.Village;
import vn.keng.report.Report;
import vn.keng.report.ReportFiles;
import vn.keng.report.ReportFormat;
import vn.keng.report.Reports;

/**
 * Summary reports as JSON, PDF, XLSX, PNG or CSV: {@code GET /api/v1/reports/communes/{id}?period=2026&format=pdf},
 * {@code /villages/{id}}, {@code /communes?name=Đồng Thịnh}, {@code /villages?name=Mường Chuông} and
 * {@code /provinces?name=Thanh Hoa} (a row per commune of the province); names as people type them
 * ({@link PlaceNames}). Periods as in chat ({@code 2026}, {@code 11/2026}, {@code Q3-2026},
 * {@code movement-2026}; none: this year so far). A bad period or format is a 400 problem, an unknown
 * commune a 404; a commune or year without data is a report that says so.
 */
@Tag(name = "Reports", description = "Summary reports of a commune, a village or a province")
@RestController
@RequestMapping("/api/v1/reports")
class ReportApi {

    private final Reports reports;
    private final ReportFiles files;
    private final PlaceNames names;

    ReportApi(Reports reports, ReportFiles files, PlaceNames names) {
        this.reports = reports;
        this.files = files;
        this.names = names;
    }

    @Operation(summary = "Report of a commune", description = "The commune's gong rounds, incidents, fire-safety "
            + "groups, gong points, nights per striker and SMS segments for the period, a row per village and the "
            + "previous comparable period beside each figure.")
    @ReportResponses
    @GetMapping("/communes/{id}")
    ResponseEntity<byte[]> commune(@PathVariable long id, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "vi") String lang) {
        return answer(format, lang, () -> reports.commune(id, reports.period(id, period)));
    }

    @Operation(summary = "Report of a commune found by name", description = "As the report of a commune, the "
            + "commune named as people type it (\"Đồng Thịnh\", \"xa dong thinh\"); 400 with the candidates when the "
            + "name fits several communes.")
    @ReportResponses
    @GetMapping("/communes")
    ResponseEntity<byte[]> communeNamed(
            @Parameter(description = "The commune's name, with or without diacritics and \"Xã\"", example = "Đồng Thịnh")
            @RequestParam String name,
            @Parameter(description = "Its province, when names repeat across provinces", example = "Thanh Hoa")
            @RequestParam(required = false) String province, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "vi") String lang) {
        Commune commune = names.commune(name, province);
        return commune(commune.getId(), period, format, lang);
    }

    @Operation(summary = "Report of a village", description = "One village's figures for the period (its own row, "
            + "no other village), with the previous comparable period.")
    @ReportResponses
    @GetMapping("/villages/{id}")
    ResponseEntity<byte[]> village(@PathVariable long id, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "vi") String lang) {
        return answer(format, lang, () -> reports.village(id, reports.villagePeriod(id, period)));
    }

    @Operation(summary = "Report of a village found by name", description = "As the report of a village, the "
            + "village named as people type it (\"Mường Chuông\", \"lang muong chuong\"); 400 with the candidates "
            + "when the name fits several villages.")
    @ReportResponses
    @GetMapping("/villages")
    ResponseEntity<byte[]> villageNamed(
            @Parameter(description = "The village's name, with or without diacritics and \"Thôn\", \"Làng\", \"Bản\"",
                    example = "Mường Chuông") @RequestParam String name,
            @Parameter(description = "Its commune, when names repeat across communes") @RequestParam(required = false)
            Long communeId, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "vi") String lang) {
        Village village = names.village(name, communeId);
        return village(village.getId(), period, format, lang);
    }

    @Operation(summary = "Report of a province", description = "A row per commune of the province, each section one "
            + "query over the province. The province is named as people type it: \"Thanh Hoa\", \"thanh hóa\" and "
            + "\"Tỉnh Thanh Hóa\" all find Thanh Hóa; 400 with the candidates when the name fits several.")
    @ReportResponses
    @GetMapping("/provinces")
    ResponseEntity<byte[]> province(
            @Parameter(description = "The province's name, with or without diacritics and \"Tỉnh\": Thanh Hoa, "
                    + "thanh hóa, Tỉnh Thanh Hóa", example = "Thanh Hoa") @RequestParam String name,
            @RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "vi") String lang) {
        ReportFormat.parse(format);
        Language.fromCode(lang);
        String province = names.province(name);
        return answer(format, lang, () -> reports.province(province, reports.provincePeriod(province, period)));
    }

    /** A bad format or language is refused before the report is made. */
    private ResponseEntity<byte[]> answer(String format, String lang, Supplier<Report> report) {
        ReportFormat chosen = ReportFormat.parse(format);
        Language language = Language.fromCode(lang);
        return answer(report.get(), chosen, language);
    }

    private ResponseEntity<byte[]> answer(Report report, ReportFormat format, Language language) {
        Attachment file = files.render(report, format, language);
        ContentDisposition disposition = (format == ReportFormat.JSON ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(file.content());
    }
}
