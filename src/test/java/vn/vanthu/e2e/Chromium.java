package vn.vanthu.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through ChromeDriver, as a person at a browser. */
final class Chromium implements AutoCloseable {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final String base;

    Chromium(String base) throws IOException {
        this.base = base;
        browser = vn.vanthu.support.HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void logIn(String username, String password) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    void changePassword(String current, String next) {
        wait.until(ExpectedConditions.urlContains("/account/password"));
        browser.findElement(By.id("currentPassword")).sendKeys(current);
        browser.findElement(By.id("newPassword")).sendKeys(next);
        browser.findElement(By.id("confirmPassword")).sendKeys(next);
        browser.findElement(By.id("password-submit")).click();
        wait.until(ExpectedConditions.urlContains("/incoming"));
    }

    void open(String path) {
        browser.get(base + path);
    }

    void clickLink(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(text)))
                .click();
    }

    void clickButton(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., '" + text + "')]")))
                .click();
    }

    String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getText();
    }

    String page() {
        return browser.findElement(By.tagName("body")).getText();
    }

    void shoot(String name) throws IOException {
        Path file = Path.of("target", "e2e", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
