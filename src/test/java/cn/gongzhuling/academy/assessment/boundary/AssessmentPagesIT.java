package cn.gongzhuling.academy.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.platform.boundary.DemoSeeder;
import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The "done when" in Chromium, on the demo data (today's CPR-with-AED session of six
 * Dongfeng cadres who passed the other two CPR checks last week): the instructor finds the session
 * from the home page, fails one trainee on a critical item despite a high score, passes the next,
 * signs both off, and the passing trainee's course shows as completed on the roster. A page
 * renamed .jpg is refused as evidence; a real photo is attached.
 */
@ExtendWith(AppServer.class)
class AssessmentPagesIT {

    private final AppServer.Running app;

    AssessmentPagesIT(AppServer.Running app) {
        this.app = app;
    }

    @Test
    void anInstructorGradesASessionWithACriticalFailAndAPassAndThePassCompletesTheCourse() throws IOException {
        try (Browser tablet = Browser.desktop()) {
            logInInChinese(tablet, "instructor");
            tablet.get(app.url("/index.xhtml"));
            String queue = tablet.byId("home-queue").getText();
            assertTrue(queue.contains("待考核"), queue);
            // the demo session is "today" as of the server's start (Asia/Shanghai), so find it in the list
            tablet.get(app.url("/assess/index.xhtml"));
            WebElement open = cprSession(tablet).findElement(By.cssSelector("a"));
            open.click();
            tablet.await(d -> tablet.has("roster"));
            assertEquals(6, rows(tablet).size(), "six trainees on today's roster");
            tablet.screenshot("assess-session-desktop");

            tablet.find("#start").click();
            tablet.await(d -> tablet.has("grade-head"));
            assertEquals("1 / 6", tablet.byId("position").getText());
            String failedName = tablet.byId("trainee-name").getText();
            WebElement critical = tablet.find("#item-hand-position .critical-badge");
            assertTrue(critical.getText().contains("关键项目"), "critical items say so in words, not only colour");
            assertFalse(tablet.driver().findElements(By.cssSelector("#item-hand-position .critical-badge .pi")).isEmpty(),
                    "and with an icon");

            // everything done except one critical item: 13 of 14 points, still not passed
            clickAndWait(tablet, tablet.byId("grade:restDone"));
            tablet.find("#item-hand-position input[type=text]").sendKeys("掌根位置偏向剑突");
            choose(tablet, "hand-position", "未做到");
            tablet.byId("grade:overall").sendKeys("按压位置需纠正，两周后补考。");
            sign(tablet);
            assertTrue(tablet.byId("outcome").getText().contains("未通过"), tablet.byId("outcome").getText());
            assertTrue(tablet.byId("outcome").getText().contains("13/14"), tablet.byId("outcome").getText());
            assertTrue(tablet.byId("critical-warning").isDisplayed());
            assertTrue(tablet.byId("result-status").getText().contains("已签字"));
            tablet.screenshot("assess-grade-fail-desktop");

            // next trainee: all done, signed: passed
            WebElement next = tablet.byId("next");
            next.click();
            tablet.await(d -> tablet.byId("position").getText().equals("2 / 6"));
            String passedName = tablet.byId("trainee-name").getText();
            clickAndWait(tablet, tablet.byId("grade:restDone"));
            sign(tablet);
            assertTrue(tablet.byId("outcome").getText().contains("通过 · 14/14"), tablet.byId("outcome").getText());

            // evidence on the third: a web page renamed .jpg is refused, a real photo is attached
            tablet.byId("next").click();
            tablet.await(d -> tablet.byId("position").getText().equals("3 / 6"));
            Path fake = Files.createTempDirectory("evidence").resolve("现场照片.jpg");
            Files.writeString(fake, "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
                    StandardCharsets.UTF_8);
            upload(tablet, fake);
            tablet.await(d -> text(tablet, "#pageMessages").contains("不是 JPEG/PNG 照片或 PDF"));
            assertTrue(text(tablet, "#evidence").contains("尚无佐证材料"));
            Path photo = fake.resolveSibling("manikin.jpg");
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            ImageIO.write(image, "jpg", photo.toFile());
            upload(tablet, photo);
            tablet.await(d -> text(tablet, "#evidence-list").contains("manikin.jpg"));
            String href = tablet.find("#evidence-list a.evidence-link").getAttribute("href");
            assertTrue(href.contains("/evidence/"), href);
            tablet.screenshot("assess-grade-evidence-desktop");

            // the roster: one fail, one pass, and the passing trainee's course has moved on
            tablet.find(".grade-nav a.small").click();
            tablet.await(d -> tablet.has("roster"));
            String failedRow = row(tablet, failedName);
            String passedRow = row(tablet, passedName);
            assertTrue(failedRow.contains("未通过") && failedRow.contains("等待实操考核"), failedRow);
            assertTrue(passedRow.contains("通过") && passedRow.contains("已完成"), passedRow);
            tablet.screenshot("assess-roster-after-desktop");

            tablet.get(app.url("/assess/index.xhtml"));
            assertTrue(cprSession(tablet).getText().contains("已完成 2/6"), cprSession(tablet).getText());
        }
        try (Browser phone = Browser.phone()) {
            logInInChinese(phone, "instructor");
            phone.get(app.url("/assess/index.xhtml"));
            cprSession(phone).findElement(By.cssSelector("a")).click();
            phone.await(d -> phone.has("roster"));
            phone.find("#start").click();
            phone.await(d -> phone.has("grade-head"));
            Number overflow = (Number) phone.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 1, "no sideways scrolling on a phone: " + overflow);
            phone.screenshot("assess-grade-phone");
        }
    }

    private static void choose(Browser browser, String item, String label) {
        WebElement button = browser.driver().findElements(By.cssSelector("#item-" + item + " .ui-selectonebutton .ui-button"))
                .stream().filter(b -> b.getText().contains(label)).findFirst().orElseThrow();
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        browser.await(d -> button.getAttribute("class").contains("ui-state-active"));
    }

    private static void sign(Browser browser) {
        WebElement sign = browser.byId("grade:sign");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", sign);
        sign.click();
        browser.await(d -> browser.find(".ui-confirmdialog-yes").isDisplayed());
        browser.find(".ui-confirmdialog-yes").click();
        browser.await(d -> isStale(sign));
        browser.await(d -> browser.has("outcome"));
    }

    private static void upload(Browser browser, Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("#evidenceForm input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static void clickAndWait(Browser browser, WebElement button) {
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        browser.await(d -> isStale(button));
    }

    /** The text of an element that an ajax update may replace while we read it. */
    private static String text(Browser browser, String css) {
        try {
            return browser.find(css).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    /**
     * The row of the demo CPR-with-AED session of six trainees in the session list, once the page's
     * script has settled (on a phone the reflow table rewrites its cells after load).
     */
    private static WebElement cprSession(Browser browser) {
        return browser.await(d -> d.findElements(By.cssSelector("#sessions_data tr")).stream()
                .filter(r -> r.getText().replaceAll("\\s+", " ").contains("成人心肺复苏与 AED")
                        && r.getText().matches("(?s).*/6.*"))
                .reduce((a, b) -> b).orElse(null));
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#rosterForm\\:table_data tr"));
    }

    private static String row(Browser browser, String name) {
        return rows(browser).stream().map(WebElement::getText).filter(t -> t.contains(name)).findFirst().orElse("");
    }

    private void logInInChinese(Browser browser, String username) {
        browser.logIn(app.url("/login.xhtml"), username, DemoSeeder.DEMO_PASSWORD);
        WebElement zh = browser.byId("langForm:zh");
        zh.click();
        browser.await(d -> isStale(zh));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) { // stale, or "node does not belong to the document"
            return true;
        }
    }
}
