package cn.gongzhuling.academy.certification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.platform.boundary.DemoSeeder;
import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The "done when" in Chromium: the demo trainee downloads the PDF of their CPR certificate,
 * which shows their Chinese name and the course title, and whose QR code opens the public
 * verification page; an organizer revokes a certificate with a reason; unknown codes read neutral.
 */
@ExtendWith(AppServer.class)
class CertificatePagesIT {

    private final AppServer.Running app;

    CertificatePagesIT(AppServer.Running app) {
        this.app = app;
    }

    @Test
    void aTraineeDownloadsTheCprPdfInChineseAndItsQrCodeOpensTheVerificationPage() throws Exception {
        String verifyUrl;
        String name;
        byte[] pdf;
        try (Browser phone = Browser.phone()) {
            logInInChinese(phone, "trainee");
            phone.get(app.url("/index.xhtml"));
            name = phone.find("h1.page-title").getText().replace("您好，", "").trim();
            assertTrue(phone.byId("cert-attention").getText().contains("心肺复苏与急救"),
                    "the home page names the certificate to renew");
            phone.get(app.url("/learn/certificates.xhtml"));
            WebElement card = phone.driver().findElements(By.cssSelector("article.certificate")).stream()
                    .filter(e -> e.getText().contains("心肺复苏与急救")).findFirst().orElseThrow();
            assertTrue(card.getText().contains("即将到期"), card.getText());
            assertTrue(card.getText().contains("年"), "dates in Chinese: " + card.getText());
            verifyUrl = card.findElement(By.cssSelector("a.break")).getAttribute("href");
            String pdfHref = card.findElement(By.cssSelector("a[id^='pdf-']")).getAttribute("href");
            String cookies = phone.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            pdf = response.body();
            phone.screenshot("cert-mine-phone");

            HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertFalse(anonymous.statusCode() == 200 && anonymous.body().length > 4
                    && new String(anonymous.body(), 0, 4).equals("%PDF"), "no PDF without login");
        }
        String qr;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(name), "the holder's Chinese name " + name + " in: " + text);
            assertTrue(text.contains("心肺复苏与急救"), text);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
        }
        assertEquals(verifyUrl, qr, "the QR code is the verification link");
        try (Browser visitor = Browser.phone()) {
            visitor.get(qr);
            String result = visitor.byId("verify-result").getText();
            assertTrue(result.contains("心肺复苏与急救"), result);
            assertTrue(visitor.byId("verify-status").getText().contains("证书有效"), result);
            String masked = visitor.byId("verify-name").getText();
            assertEquals(name.codePointCount(0, name.length()), masked.codePointCount(0, masked.length()));
            assertTrue(masked.contains("*") && !masked.equals(name), masked);
            visitor.screenshot("cert-verify-phone");
            WebElement en = visitor.byId("langForm:en");
            en.click();
            visitor.await(d -> d.findElements(By.id("verify-status")).stream()
                    .anyMatch(e -> e.getText().contains("Valid certificate")));

            visitor.get(app.url("/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
            // the visitor chose English just above, and the choice is remembered
            String none = visitor.byId("verify-none").getText();
            assertTrue(none.contains("No certificate to show"), none);
            visitor.get(app.url("/verify/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
            assertTrue(visitor.byId("verify-none").isDisplayed());
        }
    }

    @Test
    void anOrganizerFiltersTheListAndRevokesACertificateWithAReason() {
        try (Browser desktop = Browser.desktop()) {
            logInInChinese(desktop, "organizer.tiebei");
            desktop.get(app.url("/organize/certificates.xhtml"));
            WebElement table = desktop.byId("certs:table");
            assertTrue(table.getText().contains("GZL-"), table.getText());
            assertFalse(table.getText().contains("京华社区"), "another street's certificates are not listed");

            WebElement row = desktop.driver().findElements(By.cssSelector("#certs\\:table tbody tr")).stream()
                    .filter(r -> r.getText().contains("有效") && !r.getText().contains("已撤销")).findFirst().orElseThrow();
            String serial = row.findElements(By.cssSelector("td")).get(3).getText().replaceAll(".*\\n", "").trim();
            row.findElement(By.cssSelector("button[id$=':revoke']")).click();
            desktop.await(d -> desktop.byId("revokeDialog").isDisplayed());
            desktop.byId("revokeForm:confirmRevoke").click();
            desktop.await(d -> desktop.byId("revokeForm").getText().contains("请填写撤销原因"));
            desktop.byId("revokeForm:reason").sendKeys("培训记录有误 <b>test</b>");
            desktop.byId("revokeForm:confirmRevoke").click();
            desktop.await(d -> desktop.find(".ui-growl").getText().contains("证书已撤销"));
            desktop.await(d -> desktop.driver().findElements(By.cssSelector("#certs\\:table tbody tr")).stream()
                    .anyMatch(r -> r.getText().contains(serial) && r.getText().contains("已撤销")
                            && r.getText().contains("<b>test</b>")));
            desktop.screenshot("cert-organizer-desktop");
        }
    }

    @Test
    void anInstructorSetsAndRemovesTheirReminderAddressOnTheSettingsPage() {
        try (Browser phone = Browser.phone()) {
            logInInChinese(phone, "instructor");
            phone.get(app.url("/account/settings.xhtml"));
            assertTrue(phone.byId("email-smtp").getText().contains("SMTP"), "says mail needs an SMTP server");
            assertTrue(phone.byId("email-current").getText().contains("尚未设置"),
                    phone.byId("email-current").getText());
            phone.byId("emailForm:email").sendKeys("li.jiaoyuan@163");
            phone.byId("emailForm:saveEmail").click();
            phone.await(d -> phone.byId("emailForm").getText().contains("不是有效的邮箱地址"));
            phone.screenshot("settings-email-error-phone");
            phone.byId("emailForm:email").clear();
            phone.byId("emailForm:email").sendKeys("li.jiaoyuan@163.com");
            phone.byId("emailForm:saveEmail").click();
            phone.await(d -> phone.find(".ui-growl").getText().contains("提醒邮箱已保存"));
            phone.get(app.url("/account/settings.xhtml"));
            assertTrue(phone.byId("email-current").getText().contains("li.jiaoyuan@163.com"));
            phone.byId("emailForm:clearEmail").click();
            phone.await(d -> phone.byId("emailForm").getText().contains("尚未设置"));
        }
    }

    private void logInInChinese(Browser browser, String username) {
        browser.logIn(app.url("/login.xhtml"), username, DemoSeeder.DEMO_PASSWORD);
        WebElement zh = browser.byId("langForm:zh");
        zh.click();
        browser.await(d -> {
            try {
                zh.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) { // stale, or "node does not belong to the document"
                return true;
            }
        });
    }
}
