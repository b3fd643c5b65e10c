package cn.gongzhuling.academy.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.pdf.BaseFont;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The certificate's outputs: PDF text (PDFBox), the badge against the OB 3.0 schema, reminder mail (GreenMail). */
class DocumentsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String FONT = "/cn/gongzhuling/academy/platform/fonts/NotoSansHans-Regular.otf";

    private static CertificatePrint print() {
        return new CertificatePrint("GZL-CPR-FA-2026-001000", "张晓明", "Xiaoming Zhang", "心肺复苏与急救",
                "CPR and First Aid", List.of("心肺复苏"), List.of("CPR"), LocalDate.of(2026, 11, 27),
                LocalDate.of(2028, 11, 26), "公主岭市基层治理培训中心", "Gongzhuling Training Centre",
                "http://localhost:8080/verify/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", null);
    }

    @Test
    void thePdfCarriesTheChineseNameCourseAndDatesInAnEmbeddedFont() throws Exception {
        BaseFont font;
        try (InputStream in = DocumentsTest.class.getResourceAsStream(FONT)) {
            font = BaseFont.createFont("NotoSansHans-Regular.otf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        }
        byte[] pdf = new CertificatePdf(font).render(print());
        assertTrue(pdf.length < 400_000, "the font is subset, not embedded whole: " + pdf.length);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("张晓明"), text);
            assertTrue(text.contains("心肺复苏与急救"), text);
            assertTrue(text.contains("2028年11月26日"), text);
            assertTrue(text.contains("GZL-CPR-FA-2026-001000"), text);
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String qr = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(
                            page.getWidth(), page.getHeight(), pixels)))).getText();
            assertEquals(print().verifyUrl(), qr, "the printed QR code scans to the verification link");
        }
    }

    @Test
    void theBadgeValidatesAgainstTheOpenBadges30Schema() throws Exception {
        JsonObject badge = BadgeDocument.of(new BadgeDocument.Facts(
                "http://localhost:8080/verify/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", "CPR-FA", 3,
                "心肺复苏与急救", "CPR and First Aid", "摘要", "Summary", List.of("CPR"), "ab".repeat(32), "salt",
                LocalDate.of(2026, 11, 27), LocalDate.of(2028, 11, 26), "http://localhost:8080/",
                "公主岭市基层治理培训中心", "Gongzhuling Training Centre", "http://localhost:8080/", null),
                ZoneId.of("Asia/Shanghai"));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode node = mapper.readTree(badge.toString());
        JsonSchema schema;
        try (InputStream in = DocumentsTest.class.getResourceAsStream("/openbadges/achievementcredential.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("2026-11-27T00:00:00+08:00", node.get("validFrom").asText());
        assertEquals("2028-11-26T23:59:59+08:00", node.get("validUntil").asText());

        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("issuer");
        assertTrue(!schema.validate(node).isEmpty(), "the schema is really checked: no issuer, no badge");
    }

    @Test
    void reminderMailReachesTheSmtpServerInUtf8() throws Exception {
        SmtpMailer mailer = new SmtpMailer(new SmtpMailer.Settings("localhost", ServerSetupTest.SMTP.getPort(), null,
                null, false, "academy@example.org"));
        mailer.send(new SmtpMailer.Mail("trainee@example.org", "证书到期提醒：心肺复苏与急救", "您的证书将于 2026年12月1日 到期。"));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("证书到期提醒：心肺复苏与急救", received[0].getSubject());
        assertTrue(GreenMailUtil.getBody(received[0]).length() > 0);
        assertEquals("trainee@example.org", received[0].getAllRecipients()[0].toString());
    }
}
