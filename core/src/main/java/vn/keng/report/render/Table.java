package vn.keng.report.render;

import java.util.List;

/**
 * One section of the report as a table, the form the PDF, XLSX and CSV share. Cell values are
 * numbers, {@link Share}s, {@link Minutes} or text; a row may be marked as the total row.
 *
 * @param note a line under the title (registry state), or null
 */
public record Table(String key, String title, List<String> headers, List<Row> rows, String note) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public record Row(List<Object> cells, boolean total) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    /** A share 0..1 (may be null). */
    public record Share(Double value) {
        @Override
        public String toString() {
            return Fmt.percent(value);
        }
    }

    /** A duration shown as whole minutes, as the headers say and as the workbook stores it (may be null). */
    public record Minutes(java.time.Duration value) {
        @Override
        public String toString() {
            return Fmt.minutes(value);
        }
    }

    /** A cell as text. */
    public static String text(Object cell) {
        if (cell == null) {
            return Fmt.NONE;
        }
        if (cell instanceof Double) {
            return Fmt.ratio((Double) cell);
        }
        return String.valueOf(cell);
    }
}
