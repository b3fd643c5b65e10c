package cn.gongzhuling.academy.organization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.platform.boundary.DemoSeeder;
import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What an admin and an organizer do on the organisation pages, in Chromium: create a grid
 * in the tree and a person in it, upload a bad CSV and read its errors by line, and (as a
 * street organizer) fail to open a person of another street by editing the URL.
 */
@ExtendWith(AppServer.class)
class AdminPagesIT {

    private final AppServer.Running app;

    AdminPagesIT(AppServer.Running app) {
        this.app = app;
    }

    @Test
    void anAdminCreatesAGridInTheTreeAndAPersonInIt() {
        try (Browser b = Browser.desktop()) {
            b.logIn(app.url("/login.xhtml"), "admin", DemoSeeder.DEMO_PASSWORD);
            b.get(app.url("/admin/org.xhtml"));
            WebElement henan = b.driver().findElement(By.xpath(
                    "//li[@data-nodetype='STREET'][.//span[normalize-space()='河南街道']]"));
            henan.findElement(By.cssSelector(".ui-tree-toggler")).click();
            b.await(d -> !d.findElements(By.xpath("//span[normalize-space()='阳光社区']")).isEmpty());
            b.driver().findElement(By.xpath("//span[normalize-space()='阳光社区']")).click();
            b.await(d -> b.has("childForm:childCode"));

            b.byId("childForm:childCode").sendKeys("YANGGUANG-G9");
            b.byId("childForm:childNameZh").sendKeys("阳光社区第九网格");
            b.byId("childForm:childNameEn").sendKeys("Yangguang Grid 9");
            b.byId("childForm:create").click();
            b.await(d -> b.find(".ui-growl").getText().contains("阳光社区第九网格"));
            assertTrue(b.byId("treeForm:tree").getText().contains("阳光社区第九网格"), "the new grid is in the tree");

            b.get(app.url("/admin/person.xhtml"));
            b.byId("person:staffNo").sendKeys("GZL90001");
            b.byId("person:nameZh").sendKeys("<script>alert(1)</script>李新");
            b.byId("person:nameEn").sendKeys("Xin Li");
            b.byId("person:phone").sendKeys("13900009999");
            choose(b, "person:position", "网格员");
            choose(b, "person:unit", "阳光社区第九网格");
            b.byId("person:save").click();
            b.await(d -> d.getCurrentUrl().contains("person.xhtml?id="));

            assertTrue(b.driver().getTitle().contains("<script>alert(1)</script>李新"), "the name is shown as text");
            assertTrue(b.find("#history").getText().contains("GZL90001"), "the creation is in the change history");
            assertFalse(b.driver().getPageSource().contains("<script>alert(1)</script>"), "never as markup");
            b.screenshot("admin-person-created");
        }
    }

    @Test
    void aBadPeopleCsvListsItsErrorsByLineAndImportsNothing() {
        try (Browser b = Browser.desktop()) {
            b.logIn(app.url("/login.xhtml"), "admin", DemoSeeder.DEMO_PASSWORD);
            b.get(app.url("/admin/import.xhtml"));
            Path csv = Path.of("src/test/resources/csv/bad-people.csv").toAbsolutePath();
            b.byId("peopleImport:peopleFile_input").sendKeys(csv.toString());
            b.find("[id='peopleImport:peopleFile'] .ui-fileupload-upload").click();
            b.await(d -> b.has("peopleImport:importErrors"));

            List<WebElement> rows = b.driver().findElements(By.cssSelector("[id='peopleImport:importErrors'] tbody tr"));
            String table = b.byId("peopleImport:importErrors").getText();
            assertTrue(rows.size() >= 9, "every error has a row: " + table);
            assertTrue(table.contains("IMP10001"), "the duplicate staff number is named");
            assertTrue(table.contains("NO-SUCH-UNIT"), "the unknown unit is named");
            assertTrue(table.contains("手机号格式不正确"), "the invalid phone is explained");
            assertTrue(b.byId("peopleImport:importSummary").getText().contains("未导入任何数据"));
            b.screenshot("import-bad-people");

            b.get(app.url("/admin/people.xhtml"));
            b.byId("people:text").sendKeys("IMP1000");
            b.byId("people:search").click();
            b.await(d -> text(b, "people:table").contains("没有符合条件的人员"));
        }
    }

    @Test
    void aStreetOrganizerCannotOpenAPersonOfAnotherStreetByEditingTheUrl() {
        try (Browser admin = Browser.desktop()) {
            admin.logIn(app.url("/login.xhtml"), "admin", DemoSeeder.DEMO_PASSWORD);
            admin.get(app.url("/admin/people.xhtml"));
            admin.byId("people:text").sendKeys("GZL00001");
            admin.byId("people:search").click();
            admin.await(d -> text(admin, "people:table").contains("京华社区"));
            String href = admin.driver().findElement(By.linkText("GZL00001")).getAttribute("href");
            String hebeiPersonUrl = href.substring(href.indexOf("/admin/"));

            try (Browser tiebei = Browser.desktop()) {
                tiebei.logIn(app.url("/login.xhtml"), "organizer.tiebei", DemoSeeder.DEMO_PASSWORD);
                tiebei.get(app.url(hebeiPersonUrl));
                assertTrue(tiebei.driver().getTitle().contains("找不到页面"), "a forged id reads as not found");
                assertFalse(tiebei.driver().getPageSource().contains("GZL00001"), "nothing of that person leaks");

                tiebei.get(app.url("/admin/people.xhtml"));
                tiebei.screenshot("people-organizer-tiebei");
                tiebei.await(d -> text(tiebei, "people:table").contains("GZL"));
                String list = text(tiebei, "people:table");
                assertFalse(list.contains("京华社区"), "no Hebei people in the list");
                assertTrue(list.contains("东风社区") || list.contains("东洼社区"), "their own street's people are listed");
            }
        }
    }

    @Test
    void theCatalogueShowsTheThreeCoursesInBothLanguages() {
        try (Browser b = Browser.phone()) {
            b.logIn(app.url("/login.xhtml"), "trainee", DemoSeeder.DEMO_PASSWORD);
            b.get(app.url("/catalog/index.xhtml"));
            String zh = b.find("main").getText();
            assertTrue(zh.contains("心肺复苏与急救") && zh.contains("人民调解实务") && zh.contains("主动治理工作方法"), zh);
            b.byId("langForm:en").click();
            b.await(d -> d.getTitle().contains("Course catalogue"));
            String en = b.find("main").getText();
            assertTrue(en.contains("CPR and first aid"), en);
            b.driver().findElement(By.partialLinkText("CPR")).click();
            b.await(d -> b.has("lessons"));
            assertEquals(7, b.driver().findElements(By.cssSelector("#lessons li")).size());
            b.screenshot("course-cpr-phone-en");
        }
    }

    /** Text of an element that an ajax update may replace while we read it. */
    private static String text(Browser b, String id) {
        try {
            return b.driver().findElement(By.id(id)).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    /** Picks the option of a PrimeFaces select menu whose label contains the text, through its widget. */
    private static void choose(Browser b, String menuId, String label) {
        Object chosen = b.script("var select = document.getElementById(arguments[0] + '_input');"
                + "var option = Array.from(select.options).find(o => o.text.indexOf(arguments[1]) >= 0);"
                + "if (!option) { return null; }"
                + "PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(option.value);"
                + "return option.value;", menuId, label);
        assertTrue(chosen != null, "no option '" + label + "' in " + menuId);
    }
}
