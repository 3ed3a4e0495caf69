package vn.keng.report;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Attachment;
import vn.keng.messaging.Templates;
import vn.keng.platform.Folding;
import vn.keng.registry.Language;
import vn.keng.report.render.ChartPng;
import vn.keng.report.render.CsvReport;
import vn.keng.report.render.JsonReport;
import vn.keng.report.render.Labels;
import vn.keng.report.render.PdfReport;
import vn.keng.report.render.XlsxReport;

/** Renders a report as a file in one of the {@link ReportFormat}s (labels in the given language). */
@Component
public class ReportFiles {

    private final Templates templates;

    public ReportFiles(Templates templates) {
        this.templates = templates;
    }

    public Attachment render(Report report, ReportFormat format, Language language) {
        Labels labels = new Labels(templates, language);
        byte[] content;
        switch (format) {
            case PDF:
                content = PdfReport.render(report, labels);
                break;
            case XLSX:
                content = XlsxReport.render(report, labels);
                break;
            case PNG:
                content = ChartPng.render(report, labels);
                break;
            case CSV:
                content = CsvReport.render(report);
                break;
            default:
                content = JsonReport.render(report);
        }
        return new Attachment(fileName(report, format), format.contentType(), content);
    }

    /** The report's sections as the PDF and workbook lay them out, every cell as text, for a web page. */
    public java.util.List<ReportSection> sections(Report report, Language language) {
        return vn.keng.report.render.ReportTables.of(report, new Labels(templates, language)).stream()
                .map(t -> new ReportSection(t.key(), t.title(), t.headers(), t.rows().stream()
                        .map(r -> new ReportSection.Row(r.cells().stream()
                                .map(vn.keng.report.render.Table::text).toList(), r.total())).toList(), t.note()))
                .toList();
    }

    /** "bao-cao-dong-thinh-2026.pdf": ASCII only, safe in every header and chat client. */
    static String fileName(Report report, ReportFormat format) {
        String subject = Folding.withoutDiacritics(report.subject()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (subject.length() > 40) {
            subject = subject.substring(0, 40);
        }
        return "bao-cao-" + subject + "-" + report.period().fileCode() + "." + format.extension();
    }
}
