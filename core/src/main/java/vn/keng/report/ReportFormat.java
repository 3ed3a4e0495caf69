package vn.keng.report;

import java.util.Locale;

/** The forms a report is delivered in. */
public enum ReportFormat {
    JSON("application/json", "json"),
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** json, pdf, xlsx, png or csv, any case; anything else is refused. */
    public static ReportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + text + "': use json, pdf, xlsx, png or csv");
        }
    }
}
