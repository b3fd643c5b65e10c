package cn.gongzhuling.academy.certification.control;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Phrase;
import com.lowagie.text.Font;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The printed certificate: one A4 landscape page, Chinese first with English beneath, drawn with
 * OpenPDF in an embedded (subset) CJK font, and a QR code to the public verification page drawn as
 * vector squares so it scans sharply at any print size.
 */
public final class CertificatePdf {

    private static final Color INK = new Color(0x1f, 0x2d, 0x3d);
    private static final Color BRAND = new Color(0x1d, 0x4e, 0x89);
    private static final Color MUTED = new Color(0x5b, 0x67, 0x75);
    private static final Color SEAL = new Color(0xb4, 0x23, 0x18);
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final BaseFont font;

    public CertificatePdf(BaseFont font) {
        this.font = font;
    }

    public static String zh(LocalDate d) {
        return d.format(ZH);
    }

    public static String en(LocalDate d) {
        return d.format(EN);
    }

    public byte[] render(CertificatePrint c) {
        Rectangle page = PageSize.A4.rotate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(page, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(c.courseZh() + " · " + c.serialNo());
            doc.addCreator("Grassroots Academy");
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            float w = page.getWidth();
            float h = page.getHeight();
            frame(cb, w, h);
            float y = h - 95;
            centered(cb, "结 业 证 书", 34, BRAND, w / 2, y);
            centered(cb, "CERTIFICATE OF COMPLETION", 12, MUTED, w / 2, y - 24);
            centered(cb, "兹证明", 14, INK, w / 2, y - 70);
            centered(cb, c.nameZh(), 28, INK, w / 2, y - 108);
            centered(cb, c.nameEn(), 12, MUTED, w / 2, y - 128);
            centered(cb, "完成培训课程并通过考核", 14, INK, w / 2, y - 160);
            centered(cb, "《" + c.courseZh() + "》", 20, BRAND, w / 2, y - 190);
            centered(cb, "has completed the course “" + c.courseEn() + "” and passed its assessment", 11, MUTED,
                    w / 2, y - 210);
            if (!c.skillsZh().isEmpty()) {
                centered(cb, "技能：" + String.join("、", c.skillsZh()), 11, INK, w / 2, y - 238);
                centered(cb, "Skills: " + String.join(", ", c.skillsEn()), 9, MUTED, w / 2, y - 253);
            }
            float left = 70;
            float base = 118;
            text(cb, "证书编号 Serial No.  " + c.serialNo(), 10, INK, left, base + 44);
            text(cb, "发证日期 Issued  " + zh(c.issuedOn()) + " / " + en(c.issuedOn()), 10, INK, left, base + 26);
            text(cb, "有效期至 Valid through  " + zh(c.expiresOn()) + " / " + en(c.expiresOn()), 10, INK, left,
                    base + 8);
            if (c.previousSerial() != null) {
                text(cb, "续期自 Renews  " + c.previousSerial(), 9, MUTED, left, base - 10);
            }
            text(cb, c.issuerZh(), 12, INK, left, base - 34);
            text(cb, c.issuerEn(), 9, MUTED, left, base - 50);
            seal(cb, w / 2 + 40, base + 20);
            float qrSize = 110;
            qr(cb, c.verifyUrl(), w - 70 - qrSize, base - 45, qrSize);
            centered(cb, "扫码验证 Scan to verify", 9, MUTED, w - 70 - qrSize / 2, base - 60);
            wrapped(cb, c.verifyUrl(), 6.5f, MUTED, w - 70 - qrSize - 60, base - 95, w - 60, base - 66);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate PDF could not be drawn", e);
        }
        return out.toByteArray();
    }

    private void frame(PdfContentByte cb, float w, float h) {
        cb.saveState();
        cb.setColorStroke(BRAND);
        cb.setLineWidth(3f);
        cb.rectangle(24, 24, w - 48, h - 48);
        cb.stroke();
        cb.setLineWidth(0.8f);
        cb.rectangle(32, 32, w - 64, h - 64);
        cb.stroke();
        cb.restoreState();
    }

    private void seal(PdfContentByte cb, float x, float y) {
        cb.saveState();
        cb.setColorStroke(SEAL);
        cb.setLineWidth(2f);
        cb.circle(x, y, 42);
        cb.stroke();
        cb.setLineWidth(0.7f);
        cb.circle(x, y, 37);
        cb.stroke();
        cb.restoreState();
        centered(cb, "基层学院", 12, SEAL, x, y + 4);
        centered(cb, "培训专用", 8, SEAL, x, y - 12);
    }

    private void qr(PdfContentByte cb, String url, float x, float y, float size) {
        BitMatrix m = QrCode.of(url);
        float cell = size / m.getWidth();
        cb.saveState();
        cb.setColorFill(Color.BLACK);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cb.rectangle(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        cb.fill();
        cb.restoreState();
    }

    private void centered(PdfContentByte cb, String s, float size, Color color, float x, float y) {
        show(cb, s, size, color, x, y, PdfContentByte.ALIGN_CENTER);
    }

    private void text(PdfContentByte cb, String s, float size, Color color, float x, float y) {
        show(cb, s, size, color, x, y, PdfContentByte.ALIGN_LEFT);
    }

    private void show(PdfContentByte cb, String s, float size, Color color, float x, float y, int align) {
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(color);
        cb.showTextAligned(align, s, x, y, 0);
        cb.endText();
    }

    private void wrapped(PdfContentByte cb, String s, float size, Color color, float llx, float lly, float urx,
                         float ury) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(new Phrase(s, new Font(font, size, Font.NORMAL, color)), llx, lly, urx, ury, size + 2,
                Element.ALIGN_RIGHT);
        try {
            ct.go();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
