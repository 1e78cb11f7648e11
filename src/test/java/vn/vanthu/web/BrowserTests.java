package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import vn.vanthu.account.EnrolledUnit;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.Role;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.RegisterBook;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.HeadlessChromium;
import vn.vanthu.support.Letters;
import vn.vanthu.support.WebTest;

/**
 * A school in headless Chromium: first login with the temporary password, the forced change, the incoming list, a
 * document; its delegate registering a letter for it; the handover that shuts the old head out. Screenshots go to
 * {@code target/screenshots/}.
 */
class BrowserTests extends WebTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    DocumentRegistry registry;

    @Autowired
    RegisterBook book;

    @Autowired
    BlobStore blobs;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startChromium() throws Exception {
        HeadlessChromium.assumeInstalled();
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSchoolWorksThroughItsFirstDayDelegatesAndIsHandedOver() throws Exception {
        Letters letters = new Letters(registry, blobs);
        EnrolledUnit school = units.school("Trường Tiểu học Chiềng Lề", "Quàng Thị Thu");
        long unitId = school.organization().id();
        letters.registered(
                unitId,
                "291",
                "GD&ĐT",
                "Triển khai hội thi giáo viên dạy giỏi cấp thành phố năm học 2026 - 2027",
                "Thực hiện kế hoạch năm học, Phòng Giáo dục và Đào tạo tổ chức hội thi.");
        letters.registered(
                unitId, "4144", "GDĐT-VP", "Lịch công tác tuần 48 của Lãnh đạo Phòng", "Họp giao ban sáng thứ Hai.");
        var pending = letters.pending(
                unitId,
                "15",
                "PGDĐT-GDTH",
                "Kế hoạch kiểm tra chuyên đề học kỳ I",
                "Kiểm tra chuyên đề các trường tiểu học.");

        // The head logs in with the temporary password and must change it first.
        logIn(school.account().username(), school.account().temporaryPassword());
        wait.until(ExpectedConditions.urlContains("/account/password"));
        changePassword(school.account().temporaryPassword(), "ChiengLe2026");
        wait.until(ExpectedConditions.urlContains("/incoming"));
        assertThat(text("incoming-table")).contains("Triển khai hội thi giáo viên dạy giỏi", "291/GD&ĐT");
        shoot("incoming-list");
        browser.manage().window().setSize(new Dimension(390, 844));
        shoot("incoming-list-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.findElement(By.linkText("Triển khai hội thi giáo viên dạy giỏi cấp thành phố năm học 2026 - 2027"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history-table")));
        assertThat(text("document-subject")).contains("hội thi giáo viên dạy giỏi");
        assertThat(text("files-table")).contains("Thư gốc (.eml)");
        shoot("document");

        // The head delegates to a teacher.
        browser.get(url("/account/delegate"));
        browser.findElement(By.id("fullName")).sendKeys("Đỗ Minh Đức");
        browser.findElement(By.id("delegate-grant")).click();
        String deputy = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-username")))
                .getText();
        String deputyPassword = browser.findElement(By.id("issued-password")).getText();
        logOut();

        // The delegate logs in with own credentials and registers a letter for the school.
        logIn(deputy, deputyPassword);
        wait.until(ExpectedConditions.urlContains("/account/password"));
        changePassword(deputyPassword, "MinhDuc2026");
        wait.until(ExpectedConditions.urlContains("/incoming"));
        browser.get(url("/incoming/pending"));
        browser.findElement(By.cssSelector("a.review-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-form")));
        shoot("pending-review");
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.urlContains("/documents/" + pending.id()));
        assertThat(text("history-table"))
                .contains(deputy + " thay mặt " + school.account().username());
        logOut();

        // The administrator hands the account over to the new principal.
        IssuedCredentials admin = units.staff(organizations.root().id(), "Quản Trị Sơn La", Role.ADMIN);
        String adminPassword = units.activate(admin);
        logIn(admin.username(), adminPassword);
        wait.until(ExpectedConditions.urlContains("/incoming"));
        browser.get(url("/admin/accounts"));
        WebElement row = browser.findElement(By.id("account-" + school.account().username()));
        row.findElement(By.name("successorName")).sendKeys("Lò Văn Hùng");
        row.findElement(By.cssSelector(".handover-form button")).click();
        String successor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-username")))
                .getText();
        assertThat(successor).startsWith("lovanhung");
        logOut();

        // The old head can no longer log in.
        logIn(school.account().username(), "ChiengLe2026");
        wait.until(ExpectedConditions.urlContains("/login?error"));
        shoot("old-head-refused");

        printedRegister(unitId, successor, school);
    }

    private void printedRegister(long unitId, String successor, EnrolledUnit school) throws Exception {
        var register = book.registers(unitId).get(0);
        IssuedCredentials clerk = units.staff(unitId, "Văn Thư Chiềng Lề", Role.CLERK);
        String password = units.activate(clerk);
        logIn(clerk.username(), password);
        wait.until(ExpectedConditions.urlContains("/incoming"));
        browser.get(url("/registers/" + register.id()));
        shoot("register");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        byte[] pdf = RestClient.create(url(""))
                .get()
                .uri("/registers/" + register.id() + "/print.pdf")
                .header("Cookie", "JSESSIONID=" + session)
                .retrieve()
                .body(byte[].class);
        try (var document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                ImageIO.write(
                        image,
                        "png",
                        SHOTS.resolve("register-pdf-page-" + (page + 1) + ".png")
                                .toFile());
            }
        }
        assertThat(successor).isNotEqualTo(school.account().username());
    }

    private void logIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private void logOut() {
        browser.findElement(By.cssSelector(".user form button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void changePassword(String current, String next) {
        browser.findElement(By.id("currentPassword")).sendKeys(current);
        browser.findElement(By.id("newPassword")).sendKeys(next);
        browser.findElement(By.id("confirmPassword")).sendKeys(next);
        browser.findElement(By.id("password-submit")).click();
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getText();
    }

    private void shoot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
