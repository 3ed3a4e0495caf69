package vn.keng.report.render;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.keng.report.Report;

/** The report's heading lines, shared by the PDF and the workbook. */
final class Header {

    private Header() {
    }

    static List<String> lines(Report report, Labels l) {
        List<String> lines = new ArrayList<>();
        lines.add(l.label("title") + " - " + l.label("subtitle"));
        lines.add(l.label("subject", Map.of("subject", report.subject(), "province", report.provinceName())));
        lines.add(l.label("period", Map.of("period", report.period().code(), "dates", report.period().dates())));
        lines.add(l.label("previous", Map.of("period", report.previous().period().code(), "dates",
                report.previous().period().dates())));
        lines.add(l.label("generated", Map.of("time", generated(report))));
        if (report.noData()) {
            lines.add(l.label("no-data"));
        } else if (SummaryText.noRecords(report)) {
            lines.add(l.label("no-records"));
        }
        return lines;
    }

    static String generated(Report report) {
        return LocalDateTime.ofInstant(report.generatedAt(), ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"));
    }
}
