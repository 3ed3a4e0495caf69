package vn.keng.report.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.keng.report.Report;

/**
 * The report as a PDF laid out like a Vietnamese administrative report: the issuing committee and
 * the national motto side by side ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh
 * phúc"), the number ("Số: .../BC-UBND") and the place (without "Xã") and date, the title "BÁO CÁO",
 * area and period, a table per section, and the closing: "Nơi nhận" on the left, the signature block
 * ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") on the right. Landscape A4; Liberation Sans embedded (subset) so every diacritic renders.
 */
public final class PdfReport {

    private PdfReport() {
    }

    public static byte[] render(Report report, Labels l) {
        try {
            BaseFont regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, Fonts.regular(), null);
            BaseFont bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, Fonts.bold(), null);
            Font text = new Font(regular, 10);
            Font small = new Font(regular, 8);
            Font smallBold = new Font(bold, 8);
            Font strong = new Font(bold, 11);
            Font title = new Font(bold, 15);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(l.label("title") + " " + report.subject() + " " + report.period().code());
            doc.addCreator("Keng");
            doc.open();
            doc.add(heading(report, l, strong, new Font(regular, 11, Font.ITALIC)));
            Paragraph t = new Paragraph(l.label("title"), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingBefore(14);
            doc.add(t);
            doc.add(centered(l.label("subtitle"), strong));
            List<String> lines = Header.lines(report, l);
            for (String line : lines.subList(1, lines.size())) {
                doc.add(centered(line, text));
            }
            for (Table table : ReportTables.of(report, l)) {
                Paragraph p = new Paragraph(table.title(), strong);
                p.setSpacingBefore(12);
                p.setSpacingAfter(4);
                doc.add(p);
                if (table.note() != null) {
                    doc.add(new Paragraph(table.note(), new Font(regular, 9, Font.ITALIC)));
                }
                doc.add(table(table, small, smallBold));
            }
            doc.add(closing(l, strong, smallBold, new Font(regular, 9)));
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot make the PDF report", e);
        }
    }

    /** Committee on the left, national title and motto on the right, place and date under them. */
    private static PdfPTable heading(Report report, Labels l, Font strong, Font italic) throws DocumentException {
        PdfPTable head = new PdfPTable(new float[] {1, 1.4f});
        head.setWidthPercentage(100);
        String committee = l.label("committee", Map.of("commune", report.authority())).toUpperCase(Locale.ROOT);
        head.addCell(plain(committee + "\n________", strong, Element.ALIGN_CENTER));
        head.addCell(plain(l.label("nation") + "\n" + l.label("motto") + "\n________", strong, Element.ALIGN_CENTER));
        head.addCell(plain(l.label("number"), new Font(strong.getBaseFont(), 11), Element.ALIGN_CENTER));
        LocalDate day = LocalDate.ofInstant(report.generatedAt(), ZoneId.of("Asia/Ho_Chi_Minh"));
        head.addCell(plain(l.label("place-date", Map.of("commune", Fmt.place(report.authority()), "day", day.getDayOfMonth(),
                "month", day.getMonthValue(), "year", day.getYear())), italic, Element.ALIGN_CENTER));
        return head;
    }

    /** "Nơi nhận" on the left, the signature block ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") on the right. */
    private static PdfPTable closing(Labels l, Font strong, Font smallBold, Font small) throws DocumentException {
        PdfPTable closing = new PdfPTable(new float[] {1, 1.4f});
        closing.setWidthPercentage(100);
        closing.setSpacingBefore(18);
        Paragraph recipients = new Paragraph(l.label("recipients-title"), new Font(smallBold.getBaseFont(), 9,
                Font.BOLDITALIC));
        recipients.add(new Phrase("\n" + l.label("recipients"), small));
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.addElement(recipients);
        closing.addCell(left);
        closing.addCell(plain(l.label("signer") + "\n" + l.label("signer-title") + "\n\n\n\n"
                + l.label("signer-name"), strong, Element.ALIGN_CENTER));
        return closing;
    }

    private static PdfPTable table(Table table, Font font, Font bold) {
        PdfPTable out = new PdfPTable(table.headers().size());
        out.setWidthPercentage(100);
        out.setHeaderRows(1);
        for (String header : table.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, bold));
            cell.setBackgroundColor(new Color(230, 230, 230));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            out.addCell(cell);
        }
        for (Table.Row row : table.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(Table.text(row.cells().get(c)), row.total() ? bold : font));
                cell.setHorizontalAlignment(c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                out.addCell(cell);
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell cell = new PdfPCell(new Phrase(Fmt.NONE, font));
            cell.setColspan(table.headers().size());
            out.addCell(cell);
        }
        return out;
    }

    private static PdfPCell plain(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }
}
