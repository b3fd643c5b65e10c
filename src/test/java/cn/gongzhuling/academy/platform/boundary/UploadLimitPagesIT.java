package cn.gongzhuling.academy.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A photo far over the container's multipart limit (a 50 MB "photo" from a phone camera) sent from
 * a real Chromium form: the request cannot even be read, so no bean sees it. The cadre must land on
 * a page that says the file was too large and nothing was saved, in their language, and indeed
 * nothing is saved.
 */
@ExtendWith(AppServer.class)
class UploadLimitPagesIT {

    private static final int FIFTY_MB = 50 * 1024 * 1024;

    private final AppServer.Running app;

    UploadLimitPagesIT(AppServer.Running app) {
        this.app = app;
    }

    @Test
    void aFiftyMegabytePhotoEndsOnTheTooLargePageAndNothingIsSaved() throws IOException {
        Path photo = Files.createTempFile("camera-", ".jpg");
        try (Browser phone = Browser.phone()) {
            writeJpegLookingFile(photo);
            phone.logIn(app.url("/login.xhtml"), "trainee", DemoSeeder.DEMO_PASSWORD);
            int before = recordsInHistory(phone);

            phone.get(app.url("/field/record.xhtml?kind=HOUSEHOLD_VISIT"));
            phone.byId("entry:notes").sendKeys("带了一张很大的照片");
            phone.find("input[type='file']").sendKeys(photo.toString());
            phone.byId("entry:save").click();

            phone.await(d -> d.getCurrentUrl().contains("/error/too-large"));
            String text = phone.find("main").getText();
            assertTrue(text.contains("文件太大") && text.contains("没有保存任何内容"), text);
            phone.screenshot("upload-too-large-phone");
            assertEquals(before, recordsInHistory(phone), "the visit was not half-saved without its photo");
            assertFalse(phone.find("#field-history").getText().contains("带了一张很大的照片"));
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private int recordsInHistory(Browser browser) {
        browser.get(app.url("/field/history.xhtml"));
        browser.find("#field-history");
        return browser.driver().findElements(By.cssSelector("#field-history article.field-record")).size();
    }

    /** JPEG magic bytes followed by noise: it is the size the container refuses, before any content check. */
    private static void writeJpegLookingFile(Path file) throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        new Random(50).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            for (int written = 4; written < FIFTY_MB; written += chunk.length) {
                out.write(chunk);
            }
        }
    }
}
