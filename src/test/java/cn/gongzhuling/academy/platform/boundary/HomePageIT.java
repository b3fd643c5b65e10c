package cn.gongzhuling.academy.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout on a phone (375 px) and a desktop: nothing wider than the screen, the side menu a
 * drawer on phones. Screenshots go to target/screenshots/ for a person to look at.
 */
@ExtendWith(AppServer.class)
class HomePageIT {

    private final AppServer.Running app;

    HomePageIT(AppServer.Running app) {
        this.app = app;
    }

    @Test
    void theLoginPageFitsAPhoneAndADesktop() {
        try (Browser phone = Browser.phone()) {
            phone.get(app.url("/login.xhtml"));
            assertNoHorizontalScrolling(phone);
            assertTrue(phone.byId("login:submit").getSize().getHeight() >= 44, "thumb-sized login button");
            assertScreenshot(phone.screenshot("login-phone"));
        }
        try (Browser desktop = Browser.desktop()) {
            desktop.get(app.url("/login.xhtml"));
            assertNoHorizontalScrolling(desktop);
            assertScreenshot(desktop.screenshot("login-desktop"));
        }
    }

    @ParameterizedTest(name = "{0} on a phone")
    @CsvSource({"trainee, home-trainee", "admin, home-admin", "organizer, home-organizer"})
    void theHomePageFitsAPhoneWithTheMenuInADrawer(String username, String panel) {
        try (Browser phone = Browser.phone()) {
            phone.logIn(app.url("/login.xhtml"), username, DemoSeeder.DEMO_PASSWORD);
            phone.await(d -> phone.has(panel));

            assertNoHorizontalScrolling(phone);
            assertTrue(rightEdgeOf(phone, "#sidemenu") <= 0, "the side menu starts closed on a phone");
            assertScreenshot(phone.screenshot("home-" + username + "-phone"));

            phone.byId("menu-toggle").click();
            phone.await(d -> rightEdgeOf(phone, "#sidemenu") > 0 && leftEdgeOf(phone, "#sidemenu") >= 0);
            assertEquals("true", phone.byId("menu-toggle").getAttribute("aria-expanded"));
            assertScreenshot(phone.screenshot("home-" + username + "-phone-menu"));
        }
    }

    @ParameterizedTest(name = "{0} on a desktop")
    @CsvSource({"trainee, home-trainee", "admin, home-admin", "organizer, home-organizer"})
    void theHomePageOnADesktopShowsTheMenu(String username, String panel) {
        try (Browser desktop = Browser.desktop()) {
            desktop.logIn(app.url("/login.xhtml"), username, DemoSeeder.DEMO_PASSWORD);
            desktop.await(d -> desktop.has(panel));

            assertNoHorizontalScrolling(desktop);
            assertTrue(desktop.byId("sidemenu").isDisplayed());
            assertTrue(leftEdgeOf(desktop, "#sidemenu") >= 0);
            assertScreenshot(desktop.screenshot("home-" + username + "-desktop"));
        }
    }

    private static void assertNoHorizontalScrolling(Browser browser) {
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page is " + overflow + " px wider than the screen");
    }

    private static double rightEdgeOf(Browser browser, String css) {
        return ((Number) browser.script("return document.querySelector(arguments[0]).getBoundingClientRect().right;",
                css)).doubleValue();
    }

    private static double leftEdgeOf(Browser browser, String css) {
        return ((Number) browser.script("return document.querySelector(arguments[0]).getBoundingClientRect().left;",
                css)).doubleValue();
    }

    private static void assertScreenshot(Path file) {
        assertTrue(Files.isRegularFile(file) && file.toFile().length() > 5_000, file + " was written");
    }
}
