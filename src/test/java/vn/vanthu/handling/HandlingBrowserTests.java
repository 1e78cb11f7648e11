package vn.vanthu.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.account.Role;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.HeadlessChromium;
import vn.vanthu.support.WebTest;

/**
 * In headless Chromium: a leader assigns an urgent incoming document to a unit with a directive, the unit's account
 * finds it in its list, starts it and completes it with the reply's number; then the week view on a phone. Screenshots
 * go to {@code target/screenshots/}.
 */
class HandlingBrowserTests extends WebTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    DocumentRegistry registry;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

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
    void aLeaderAssignsADocumentAndTheLeadCompletesIt() throws Exception {
        var office = units.under(
                organizations.root().id(),
                "Phòng Giáo dục và Đào tạo Sông Mã",
                "Lường Văn Hải",
                OrganizationKind.OFFICE);
        long officeId = office.organization().id();
        var unit = units.under(officeId, "Bộ phận Giáo dục Trung học", "Sa Văn Khánh", OrganizationKind.OTHER);
        String unitPassword = units.activate(unit.account());
        var leader = units.staff(officeId, "Tòng Thị Phương", Role.LEADER);
        String leaderPassword = units.activate(leader);
        var letter = new HandlingLetters(registry, blobs, jdbc)
                .registered(
                        officeId,
                        "1502",
                        "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9",
                        1,
                        LocalDate.now(clock).plusDays(10),
                        null);

        logIn(leader.username(), leaderPassword);
        browser.get(url("/documents/" + letter.id()));
        browser.findElement(By.id("handling-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assign-form")));
        new Select(browser.findElement(By.id("lead"))).selectByVisibleText("Bộ phận Giáo dục Trung học");
        browser.findElement(By.id("directive"))
                .sendKeys("Giao Bộ phận Trung học chủ trì, tham mưu kế hoạch tổ chức kỳ thi.");
        shoot("handling-assign");
        browser.findElement(By.id("assign-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assignment")));
        assertThat(text("assignment-lead")).isEqualTo("Bộ phận Giáo dục Trung học");
        assertThat(text("handling-status")).isEqualTo("Đã phân công");
        logOut();

        logIn(unit.account().username(), unitPassword);
        browser.get(url("/handling"));
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(text("handling-table")).contains("Tổ chức kỳ thi chọn học sinh giỏi", "Khẩn");
        shoot("handling-list-phone");
        browser.findElement(By.cssSelector("a.handling-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-form")));
        browser.findElement(By.id("start-note")).sendKeys("Đang dự thảo kế hoạch");
        browser.findElement(By.id("start-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("handling-status"), "Đang xử lý"));
        browser.findElement(By.id("replyCodeNumber")).sendKeys("25");
        browser.findElement(By.id("replyCodeNotation")).sendKeys("KH-PGDĐT");
        browser.findElement(By.id("complete-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("handling-status"), "Đã xử lý xong"));
        assertThat(text("assignment-reply")).isEqualTo("25/KH-PGDĐT");
        assertThat(text("handling-history")).contains(unit.account().username(), "Xử lý xong");
        shoot("handling-done-phone");
        assertThat(registry.find(letter.id()).orElseThrow().summary().status()).isEqualTo(DocumentStatus.DONE);

        browser.get(url("/calendars"));
        browser.findElement(By.id("calendar-UNIT")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-form")));
        browser.findElement(By.id("title")).sendKeys("Họp giao ban bộ phận");
        browser.findElement(By.id("place")).sendKeys("Phòng họp số 2");
        browser.findElement(By.id("event-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("week-days"), "Họp giao ban bộ phận"));
        shoot("calendar-week-phone");
    }

    private void logIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void logOut() {
        browser.findElement(By.cssSelector(".user form button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
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
