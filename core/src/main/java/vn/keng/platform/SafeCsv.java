package vn.keng.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as every export of the service writes it, through Apache Commons CSV: UTF-8 with a byte-order
 * mark (spreadsheets then read the diacritics), commas, CRLF line ends, quotes only where a cell
 * needs them, an empty value as a bare empty cell, and no spreadsheet formula injection: a cell
 * starting with =, +, -, @, a tab or a carriage return (other than a plain number) gets a leading
 * apostrophe, so it stays text.
 */
public final class SafeCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private SafeCsv() {
    }

    /** The whole document: the byte-order mark, the header, then every row. */
    public static String document(List<String> header, Iterable<? extends List<?>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
            row(out, header);
            for (List<?> row : rows) {
                row(out, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }

    /** One row on a printer of this format (null and "" are bare empty cells). */
    public static void row(CSVPrinter out, List<?> cells) throws IOException {
        for (Object cell : cells) {
            String value = cell == null ? "" : String.valueOf(cell);
            out.print(value.isEmpty() ? null : safe(value));
        }
        out.println();
    }

    /** A printer of this format onto the text (the caller writes the byte-order mark first). */
    public static CSVPrinter printer(Appendable text) throws IOException {
        return new CSVPrinter(text, FORMAT);
    }

    /** One cell as written: neutralised, and quoted only when it must be (RFC 4180). */
    public static String cell(String value) {
        return FORMAT.format(safe(value));
    }

    private static String safe(String value) {
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+");
        return formula ? "'" + value : value;
    }
}
