package cn.gongzhuling.academy.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.platform.boundary.DemoSeeder;
import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Logging in through the real login page in Chromium. All failures here come from one client
 * address, which tolerates 20 within 15 minutes: keep the total well below that.
 */
@ExtendWith(AppServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginPageIT {

    private static final String PASSWORD = DemoSeeder.DEMO_PASSWORD;
    private static final List<String> HOME_PANELS = List.of("home-admin", "home-organizer", "home-instructor",
            "home-trainee");
    private static final String WRONG = "账号或密码不正确";
    private static final String THROTTLED = "登录失败次数过多";

    private final AppServer.Running app;
    private Browser browser;

    LoginPageIT(AppServer.Running app) {
        this.app = app;
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.desktop();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Order(1)
    @ParameterizedTest(name = "{0} lands on #{1}")
    @CsvSource({
            "admin, home-admin",
            "organizer, home-organizer",
            "organizer.tiebei, home-organizer",
            "instructor, home-instructor",
            "trainee, home-trainee"})
    void eachRoleLandsOnItsOwnHomePage(String username, String panel) {
        browser.logIn(app.url("/login.xhtml"), username, PASSWORD);

        browser.await(d -> browser.has(panel));
        assertTrue(browser.byId(panel).isDisplayed());
        for (String other : HOME_PANELS) {
            if (!other.equals(panel)) {
                assertFalse(browser.has(other), username + " must not see #" + other);
            }
        }
        assertFalse(browser.driver().getCurrentUrl().contains("login.xhtml"), browser.driver().getCurrentUrl());
        assertTrue(browser.find(".topbar .user-name").getText().contains(username));
    }

    @Order(2)
    @Test
    void aWrongPasswordGetsAGenericMessageAndNoLogin() {
        browser.logIn(app.url("/login.xhtml"), "organizer", "not-the-password");

        assertTrue(pageText().contains(WRONG), pageText());
        assertTrue(browser.has("login:username"), "still on the login page");
        assertEquals("", browser.byId("login:password").getAttribute("value"), "the password is not sent back");
        assertEquals(List.of(), browser.driver().findElements(By.id("home-organizer")));
    }

    @Order(3)
    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        // organizer.tiebei is not used by later tests: it stays locked for 15 minutes.
        String user = "organizer.tiebei";
        for (int i = 1; i <= 4; i++) {
            browser.logIn(app.url("/login.xhtml"), user, "wrong-" + i);
            assertTrue(pageText().contains(WRONG), "failure " + i + ": " + pageText());
            assertFalse(pageText().contains(THROTTLED), "failure " + i + ": " + pageText());
        }

        browser.logIn(app.url("/login.xhtml"), user, "wrong-5");
        assertTrue(pageText().contains(THROTTLED), "failure 5: " + pageText());

        browser.logIn(app.url("/login.xhtml"), user, PASSWORD);
        assertTrue(pageText().contains(THROTTLED), "right password while locked: " + pageText());
        assertFalse(browser.has("home-organizer"));
        assertTrue(browser.has("login:username"));
    }

    private String pageText() {
        return browser.find("body").getText();
    }
}
