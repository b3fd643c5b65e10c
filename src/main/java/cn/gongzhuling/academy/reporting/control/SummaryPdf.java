package cn.gongzhuling.academy.reporting.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A printable one- or two-page summary of a unit's completion and coverage, in the reader's
 * language with an embedded CJK font: what an organiser takes to a meeting.
 */
public final class SummaryPdf {

    /** A table of the summary: headers, rows of cells (text or numbers), and an optional total row. */
    public record Table(String heading, List<String> headers, List<List<Object>> rows, List<Object> total) {
    }

    private static final Color HEAD = new Color(0x1f, 0x4e, 0x8c);
    private static final Color SHADE = new Color(0xf1, 0xf4, 0xf8);

    private final BaseFont font;

    public SummaryPdf(BaseFont font) {
        this.font = font;
    }

    public byte[] render(String title, String subtitle, List<Table> tables, List<String> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 42, 42, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.open();
            doc.add(new Paragraph(title, new Font(font, 18, Font.BOLD, HEAD)));
            Paragraph sub = new Paragraph(subtitle, new Font(font, 10, Font.NORMAL, Color.DARK_GRAY));
            sub.setSpacingAfter(12);
            doc.add(sub);
            for (Table t : tables) {
                Paragraph h = new Paragraph(t.heading(), new Font(font, 13, Font.BOLD, HEAD));
                h.setSpacingBefore(8);
                h.setSpacingAfter(6);
                doc.add(h);
                doc.add(table(t));
            }
            for (String note : notes) {
                Paragraph n = new Paragraph(note, new Font(font, 9, Font.NORMAL, Color.DARK_GRAY));
                n.setSpacingBefore(6);
                doc.add(n);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("summary PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private PdfPTable table(Table t) {
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        float[] widths = new float[t.headers().size()];
        widths[0] = 3f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.2f;
        }
        table.setWidths(widths);
        table.setHeaderRows(1);
        Font head = new Font(font, 9, Font.BOLD, Color.WHITE);
        for (String h : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, head));
            cell.setBackgroundColor(HEAD);
            cell.setPadding(4);
            table.addCell(cell);
        }
        Font body = new Font(font, 9, Font.NORMAL, Color.BLACK);
        int r = 0;
        for (List<Object> row : t.rows()) {
            addRow(table, row, body, r++ % 2 == 1 ? SHADE : null);
        }
        if (t.total() != null) {
            addRow(table, t.total(), new Font(font, 9, Font.BOLD, Color.BLACK), SHADE);
        }
        return table;
    }

    private static void addRow(PdfPTable table, List<Object> row, Font font, Color background) {
        for (Object value : row) {
            PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), font));
            cell.setPadding(4);
            cell.setHorizontalAlignment(value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            if (background != null) {
                cell.setBackgroundColor(background);
            }
            table.addCell(cell);
        }
    }
}
