package vn.keng.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.keng.report.Report;

/**
 * The report as an XLSX workbook (Apache POI): a summary sheet, then one sheet per section. Shares
 * are real numbers formatted as percents, so officials can compute with them.
 */
public final class XlsxReport {

    static final List<String> SHEETS = List.of("sheet-rounds", "sheet-incidents", "sheet-groups", "sheet-gong-points",
            "sheet-strikers", "sheet-sms", "sheet-calls", "sheet-patrols", "sheet-confirmations");

    private XlsxReport() {
    }

    public static byte[] render(Report report, Labels l) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet summary = book.createSheet(WorkbookUtil.createSafeSheetName(l.label("sheet-summary")));
            int r = 0;
            for (String line : Header.lines(report, l)) {
                summary.createRow(r++).createCell(0).setCellValue(line);
            }
            summary.getRow(0).getCell(0).setCellStyle(styles.bold);
            summary.setColumnWidth(0, 90 * 256);
            List<Table> tables = ReportTables.of(report, l);
            for (int i = 0; i < tables.size(); i++) {
                sheet(book, l.label(SHEETS.get(i)), tables.get(i), styles);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, String name, Table table, Styles styles) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        int r = 0;
        Cell title = sheet.createRow(r++).createCell(0);
        title.setCellValue(table.title());
        title.setCellStyle(styles.bold);
        if (table.note() != null) {
            sheet.createRow(r++).createCell(0).setCellValue(table.note());
        }
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.headers().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(styles.bold);
        }
        for (Table.Row row : table.rows()) {
            Row out = sheet.createRow(r++);
            for (int c = 0; c < row.cells().size(); c++) {
                write(out.createCell(c), row.cells().get(c), row.total(), styles);
            }
        }
        sheet.setColumnWidth(0, 28 * 256);
        for (int c = 1; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.createFreezePane(1, r - table.rows().size());
    }

    private static void write(Cell cell, Object value, boolean total, Styles styles) {
        if (value instanceof Number && !(value instanceof Double && ((Double) value).isInfinite())) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(total ? styles.bold : styles.plain);
        } else if (value instanceof Table.Share && ((Table.Share) value).value() != null) {
            cell.setCellValue(((Table.Share) value).value());
            cell.setCellStyle(total ? styles.boldPercent : styles.percent);
        } else if (value instanceof Table.Minutes && ((Table.Minutes) value).value() != null) {
            cell.setCellValue(((Table.Minutes) value).value().toMinutes());
        } else {
            cell.setCellValue(Table.text(value));
            if (total) {
                cell.setCellStyle(styles.bold);
            }
        }
    }

    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle percent;
        final CellStyle boldPercent;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            plain = book.createCellStyle();
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            short pct = book.createDataFormat().getFormat("0%");
            percent = book.createCellStyle();
            percent.setDataFormat(pct);
            boldPercent = book.createCellStyle();
            boldPercent.setDataFormat(pct);
            boldPercent.setFont(boldFont);
        }
    }
}
