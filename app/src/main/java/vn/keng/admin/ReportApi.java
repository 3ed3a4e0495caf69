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

import vn.keng.messaging.Attachment;
import vn.keng.registry.Language;
import vn.keng.report.Report;
import vn.keng.report.ReportFiles;
import vn.keng.report.ReportFormat;
import vn.keng.report.Reports;

/**
 * Summary reports as JSON, PDF, XLSX, PNG or CSV: {@code GET /api/v1/reports/communes/{id}?period=2026&format=pdf},
 * {@code /villages/{id}}, and {@code /provinces?name=Tỉnh Thanh Hóa} (a row per commune of the province).
 * Periods as in chat ({@code 2026}, {@code 11/2026}, {@code Q3-2026}, {@code movement-2026}; none: this
 * year so far). A bad period or format is a 400 problem, an unknown commune a 404; a commune or
 * year without data is a report that says so.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApi {

    private final Reports reports;
    private final ReportFiles files;

    ReportApi(Reports reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping("/communes/{id}")
    ResponseEntity<byte[]> commune(@PathVariable long id, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "vi") String lang) {
        return answer(format, lang, () -> reports.commune(id, reports.period(id, period)));
    }

    @GetMapping("/villages/{id}")
    ResponseEntity<byte[]> village(@PathVariable long id, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "vi") String lang) {
        return answer(format, lang, () -> reports.village(id, reports.villagePeriod(id, period)));
    }

    @GetMapping("/provinces")
    ResponseEntity<byte[]> province(@RequestParam String name, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "vi") String lang) {
        return answer(format, lang, () -> reports.province(name, reports.provincePeriod(name, period)));
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
