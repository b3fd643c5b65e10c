package cn.gongzhuling.academy.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Chinese by default; the language switch in the top bar changes the language and it sticks. */
@ExtendWith(AppServer.class)
class LanguageIT {

    private final AppServer.Running app;
    private Browser browser;

    LanguageIT(AppServer.Running app) {
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

    @Test
    void theLoginPageIsInChineseByDefault() {
        browser.get(app.url("/login.xhtml"));

        assertTrue(title().contains("登录"), title());
        assertEquals("zh-CN", browser.find("html").getAttribute("lang"));
        assertEquals("账号", browser.find("label[for='login:username']").getText().replace("*", "").trim());
    }

    @Test
    void theLanguageLinkSwitchesToEnglishAndItStaysEnglish() {
        browser.get(app.url("/login.xhtml"));

        switchTo("langForm:en");

        assertTrue(title().contains("Log in"), title());
        assertEquals("en", browser.find("html").getAttribute("lang"));
        Cookie lang = browser.driver().manage().getCookieNamed("lang");
        assertEquals("en", lang == null ? null : lang.getValue(), "remembered in a cookie");

        browser.get(app.url("/login.xhtml"));
        assertTrue(title().contains("Log in"), "after reloading: " + title());
        assertFalse(browser.find("body").getText().contains("登录"), "no Chinese left on the page");

        switchTo("langForm:zh");
        assertTrue(title().contains("登录"), "and back: " + title());
    }

    @Test
    void aLanguageChosenBeforeLoggingInIsKeptAfterwards() {
        browser.get(app.url("/login.xhtml"));
        switchTo("langForm:en");

        browser.logIn(app.url("/login.xhtml"), "instructor", DemoSeeder.DEMO_PASSWORD);
        browser.await(d -> browser.has("home-instructor"));

        assertTrue(title().startsWith("Home"), "the home page after login is in the chosen language: " + title());
        assertEquals("en", browser.find("html").getAttribute("lang"));

        try (Browser otherDevice = Browser.desktop()) {
            otherDevice.logIn(app.url("/login.xhtml"), "instructor", DemoSeeder.DEMO_PASSWORD);
            otherDevice.await(d -> otherDevice.has("home-instructor"));
            assertTrue(otherDevice.driver().getTitle().startsWith("Home"),
                    "the account remembers the language on a device without the cookie: "
                            + otherDevice.driver().getTitle());
        }

        // Leave the shared demo account as the other browser tests expect it: in Chinese.
        switchTo("langForm:zh");
        assertTrue(title().startsWith("首页"), title());
    }

    private void switchTo(String linkId) {
        var link = browser.byId(linkId);
        link.click();
        browser.await(d -> {
            try {
                link.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) { // stale, or "node does not belong to the document"
                return true;
            }
        });
        browser.await(d -> !d.findElements(By.id("langForm")).isEmpty());
    }

    private String title() {
        return browser.driver().getTitle();
    }
}
