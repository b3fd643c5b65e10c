package cn.gongzhuling.academy.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.platform.boundary.DemoSeeder;
import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reporting issue's "done when" in Chromium: an organiser drills from the city to a person and
 * exports the table to an XLSX file that holds the same numbers; the coverage page names the grids
 * without a CPR-certified cadre; both pages fit a 375 px phone.
 */
@ExtendWith(AppServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingPagesIT {

    private final AppServer.Running app;

    ReportingPagesIT(AppServer.Running app) {
        this.app = app;
    }

    @Test
    @Order(1)
    void anOrganizerDrillsFromTheCityToAPersonAndExportsTheSameNumbers() throws IOException {
        try (Browser desktop = Browser.desktop()) {
            logInInChinese(desktop, "organizer");
            assignActiveGovernanceToHenanStreet(desktop);

            desktop.get(app.url("/organize/completion.xhtml"));
            assertTrue(desktop.byId("report-unit").getText().contains("公主岭市"));
            desktop.screenshot("report-completion-city");
            drill(desktop, "河南街道");
            WebElement community = desktop.find("#report\\:table a.drill");
            String communityName = community.getText();
            drill(desktop, communityName);
            drill(desktop, desktop.find("#report\\:table a.drill").getText());
            assertTrue(desktop.find(".crumbs").getText().contains("河南街道"), "breadcrumbs lead back up");
            assertTrue(desktop.find(".crumbs").getText().contains(communityName));

            desktop.find("#report\\:table .ui-row-toggler").click();
            desktop.await(d -> desktop.find(".person-courses").getText().contains("主动治理工作方法"));
            desktop.screenshot("report-completion-person");

            List<String> footer = desktop.driver().findElements(By.cssSelector("#report\\:table tfoot td")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
            int rows = desktop.driver().findElements(By.cssSelector("#report\\:table tbody tr[data-ri]")).size();
            desktop.byId("report:xlsx").click();
            Path xlsx = desktop.awaitDownload(".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("人员", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals(rows + 1, sheet.getLastRowNum(), "every person and the total");
                Row total = sheet.getRow(sheet.getLastRowNum());
                assertEquals("合计", total.getCell(0).getStringCellValue());
                assertEquals(footer.get(1), String.valueOf((long) total.getCell(1).getNumericCellValue()), "assigned");
                assertEquals(footer.get(5), String.valueOf((long) total.getCell(5).getNumericCellValue()), "completed");
                assertTrue(total.getCell(1).getNumericCellValue() > 0);
            }
        }
    }

    @Test
    @Order(2)
    void theCoveragePageNamesTheGridsWithoutACprCertifiedCadre() {
        try (Browser desktop = Browser.desktop()) {
            logInInChinese(desktop, "organizer");
            desktop.get(app.url("/organize/coverage.xhtml"));
            WebElement cpr = desktop.byId("gap-CPR");
            List<WebElement> listed = cpr.findElements(By.cssSelector("li"));
            String figure = cpr.findElement(By.cssSelector(".num")).getText();
            assertTrue(cpr.getText().contains("没有“心肺复苏与 AED”持证人员的网格"), cpr.getText());
            assertEquals(figure.split(" / ")[0], String.valueOf(listed.size()), "the figure counts the names listed");
            assertFalse(listed.isEmpty(), "the demo city has grids without a CPR certificate holder");
            String firstGrid = listed.get(0).getAttribute("textContent").trim(); // the list may be folded away
            String gridName = firstGrid.contains(" · ") ? firstGrid.substring(firstGrid.lastIndexOf(" · ") + 3) : firstGrid;
            WebElement row = desktop.driver().findElements(By.cssSelector("#coverage\\:table tbody tr")).stream()
                    .filter(r -> r.getText().contains(gridName)).findFirst().orElseThrow();
            assertTrue(row.getText().contains("无人持证"), row.getText());
            desktop.screenshot("report-coverage");
        }
    }

    @Test
    @Order(3)
    void everyReportOpensAndFitsAPhone() {
        try (Browser phone = Browser.phone()) {
            logInInChinese(phone, "organizer.tiebei");
            for (String page : List.of("/organize/completion.xhtml", "/organize/coverage.xhtml",
                    "/organize/impact.xhtml", "/organize/follow-up.xhtml")) {
                phone.get(app.url(page));
                phone.find("#main");
                assertFalse(phone.driver().getTitle().contains("出错了"), page + " fails: " + phone.driver().getTitle());
                Number overflow = (Number) phone.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                phone.screenshot("report-phone" + page.replace('/', '-'));
                assertEquals(0, overflow.intValue(), page + " scrolls sideways on a phone");
            }
            phone.get(app.url("/organize/completion.xhtml?unit=" + Long.MAX_VALUE));
            assertTrue(phone.find("body").getText().contains("找不到"), "an unknown or foreign unit reads as not found");
        }
    }

    private void assignActiveGovernanceToHenanStreet(Browser desktop) {
        desktop.get(app.url("/organize/assignments.xhtml"));
        desktop.byId("assign:course").click();
        desktop.await(d -> visible(desktop, "#assign\\:course_items li", "主动治理工作方法") != null);
        visible(desktop, "#assign\\:course_items li", "主动治理工作方法").click();
        desktop.byId("assign:unit").click();
        desktop.byId("assign:unit_filter").sendKeys("河南街道");
        desktop.await(d -> visible(desktop, "#assign\\:unit_items li", "河南街道") != null);
        visible(desktop, "#assign\\:unit_items li", "河南街道").click();
        desktop.byId("assign:due_input").sendKeys(LocalDate.now().plusDays(20).toString());
        desktop.byId("assign:create").click();
        desktop.await(d -> desktop.find("#assignments").getText().contains("河南街道"));
    }

    private static void drill(Browser browser, String linkText) {
        WebElement link = browser.driver().findElements(By.cssSelector("#report\\:table a.drill")).stream()
                .filter(a -> a.getText().equals(linkText)).findFirst().orElseThrow();
        link.click();
        browser.await(d -> browser.byId("report-unit").getText().contains(linkText));
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

    private static WebElement visible(Browser browser, String css, String text) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null);
    }
}
