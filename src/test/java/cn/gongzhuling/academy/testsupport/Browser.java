package cn.gongzhuling.academy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the Debian chromedriver, so Selenium downloads nothing.
 * A missing browser is an error, never a skipped test. Each instance has its own fresh profile
 * (no cookies), deleted on {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    public static final int PHONE_WIDTH = 375;
    public static final int PHONE_HEIGHT = 812;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A desktop browser window of 1280 x 900. */
    public static Browser desktop() {
        return open(null);
    }

    /** A phone: 375 x 812 CSS pixels, touch, mobile user agent (Chrome's device emulation). */
    public static Browser phone() {
        return open(Map.of("deviceMetrics", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 1.0,
                "touch", true)));
    }

    private static Browser open(Map<String, Object> mobileEmulation) {
        Path chromium = executable("chromium.binary", "/usr/bin/chromium");
        Path chromedriver = executable("chromedriver.binary", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("academy-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile, "--lang=zh-CN");
        if (mobileEmulation != null) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation);
        }
        Path downloads = profile.resolve("downloads");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        // Headless Chromium saves downloads only when told where, over the DevTools protocol.
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return new Browser(driver, profile);
    }

    private static Path executable(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " (" + property + ") is missing: the browser tests need Debian's "
                    + "chromium and chromium-driver (apt-get install -y chromium chromium-driver fonts-noto-cjk)");
        }
        return path;
    }

    /** Waits for a finished download whose name ends with the suffix (e.g. ".xlsx") and returns it. */
    public Path awaitDownload(String suffix) {
        Path dir = profile.resolve("downloads");
        return await(d -> {
            try (var files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null; // the folder appears with the first download
            }
        });
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    /** The element, waiting for it to appear (an ajax update may still be on its way). */
    public WebElement find(String css) {
        return await(d -> d.findElement(By.cssSelector(css)));
    }

    /** Element by JSF client id (ids contain ':' which CSS would need escaped), waiting for it to appear. */
    public WebElement byId(String id) {
        return await(d -> d.findElement(By.id(id)));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /**
     * Waits generously: a slow answer on a busy machine is not a failure, a missing element is.
     * On timeout the screen and the page source are saved under target/screenshots/ for diagnosis.
     */
    public <T> T await(Function<WebDriver, T> condition) {
        try {
            // Ajax updates replace elements while a condition looks at them: look again.
            return new WebDriverWait(driver, Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(NoSuchElementException.class).until(condition);
        } catch (TimeoutException e) {
            String name = "timeout-" + System.currentTimeMillis();
            Path shot = screenshot(name);
            try {
                Files.writeString(shot.resolveSibling(name + ".html"), driver.getPageSource());
            } catch (IOException | RuntimeException ignored) {
                // the screenshot is what matters
            }
            throw new TimeoutException(e.getMessage() + " at " + driver.getCurrentUrl() + "; see " + shot, e);
        }
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Fills the login form and submits it (a full page post, no ajax). */
    public void logIn(String loginPageUrl, String username, String password) {
        if (!driver.getCurrentUrl().startsWith(loginPageUrl)) {
            driver.get(loginPageUrl);
        }
        byId("login:username").clear();
        byId("login:username").sendKeys(username);
        byId("login:password").clear();
        byId("login:password").sendKeys(password);
        WebElement submit = byId("login:submit");
        submit.click();
        await(d -> isStale(submit));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) { // stale, or "node does not belong to the document"
            return true;
        }
    }

    /** Saves what the browser shows to target/screenshots/{name}.png and returns the file. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("academy.build.dir", "target"), "screenshots");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            AppServer.deleteTree(profile);
        }
    }
}
