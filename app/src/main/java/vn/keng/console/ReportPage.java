package vn.keng.console;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import vn.keng.messaging.Attachment;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Registry;
import vn.keng.report.Report;
import vn.keng.report.ReportFiles;
import vn.keng.report.ReportFormat;
import vn.keng.report.Reports;

/**
 * Reports of the chosen commune, or of its whole province: a period as in chat ({@code 2026},
 * {@code 11/2026}, {@code Q3-2026}), the chart and the tables the PDF has, the files to download.
 */
@Hidden
@Controller
class ReportPage {

    private final Reports reports;
    private final ReportFiles files;
    private final Registry registry;

    ReportPage(Reports reports, ReportFiles files, Registry registry) {
        this.reports = reports;
        this.files = files;
        this.registry = registry;
    }

    @GetMapping("/console/reports")
    String page(@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "commune") String scope,
            Model model, Locale locale) {
        Commune commune = (Commune) model.getAttribute("commune");
        model.addAttribute("period", period);
        model.addAttribute("scope", scope);
        if (commune == null) {
            return "console/reports";
        }
        try {
            Report report = report(commune, period, scope);
            model.addAttribute("report", report);
            model.addAttribute("sections", files.sections(report, language(locale)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "console/reports";
    }

    /** The report as a file: pdf, xlsx, csv or png (the chart shown on the page). */
    @GetMapping("/console/reports/file")
    ResponseEntity<byte[]> file(@RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "commune") String scope, @RequestParam String format, HttpSession session,
            Locale locale) {
        ReportFormat chosen = ReportFormat.parse(format);
        if (chosen == ReportFormat.JSON) {
            throw new IllegalArgumentException("format must be pdf, xlsx, csv or png");
        }
        Object id = session.getAttribute(ConsoleAdvice.COMMUNE);
        if (id == null) {
            throw new IllegalArgumentException("choose a commune first");
        }
        Attachment file = files.render(report(registry.commune((Long) id), period, scope), chosen, language(locale));
        ContentDisposition disposition = (chosen == ReportFormat.PNG ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(file.content());
    }

    private Report report(Commune commune, String period, String scope) {
        if ("province".equals(scope)) {
            String province = commune.getProvinceName();
            return reports.province(province, reports.provincePeriod(province, period));
        }
        return reports.commune(commune.getId(), reports.period(commune.getId(), period));
    }

    private static Language language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Language.EN : Language.VI;
    }
}
