package vn.vanthu.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through ChromeDriver, started the same way by every browser test. */
public final class HeadlessChromium {

    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** Skips the test where ChromeDriver is not installed, unless {@code VANTHU_REQUIRE_BROWSER=true}. */
    public static void assumeInstalled() {
        if (!DRIVER.canExecute() && !"true".equals(System.getenv("VANTHU_REQUIRE_BROWSER"))) {
            assumeTrue(false, "no /usr/bin/chromedriver");
        }
    }

    /** A new browser with a fresh profile, in Vietnamese, with a 1280×900 window. */
    public static WebDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=vi",
                "--user-data-dir="
                        + Files.createTempDirectory("vanthu-chromium-").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        return browser;
    }
}
