package vn.keng.report;

import java.util.List;

/** One section of a report as a table of texts, as {@link ReportFiles#sections} gives it to a web page. */
public record ReportSection(String key, String title, List<String> headers, List<Row> rows, String note) {

    /** A row of cells; the total row is marked. */
    public record Row(List<String> cells, boolean total) {
    }
}
