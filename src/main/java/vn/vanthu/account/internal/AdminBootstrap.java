package vn.vanthu.account.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.NewAccount;
import vn.vanthu.account.Role;
import vn.vanthu.directory.OrganizationDirectory;

/**
 * Creates the administrator {@code admin} on the first start with an empty database: with the password in
 * {@code VANTHU_ADMIN_PASSWORD} when set, otherwise with a random temporary password written to {@code
 * <data-dir>/initial-admin-password} (mode 600) and to the log. It runs once the beans (and Flyway) are ready but
 * before the web server opens, so that no request, and no health check, sees a gateway without its administrator.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final String configuredPassword;
    private final Path dataDir;

    AdminBootstrap(
            AccountDirectory accounts,
            OrganizationDirectory organizations,
            @Value("${vanthu.admin-password:}") String configuredPassword,
            @Value("${vanthu.data-dir}") Path dataDir) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.configuredPassword = configuredPassword;
        this.dataDir = dataDir;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!accounts.isEmpty() || accounts.exists(ADMIN)) {
            return;
        }
        boolean temporary = configuredPassword.isBlank();
        String password = temporary ? Passwords.random(16) : configuredPassword;
        long root = organizations.root().id();
        accounts.create(new NewAccount(ADMIN, password, temporary, "Quản trị hệ thống", null, root, Role.ADMIN));
        if (temporary) {
            writePasswordFile(password);
            log.warn(
                    "Đã tạo tài khoản quản trị 'admin' với mật khẩu tạm thời: {} (cũng lưu ở {}). Hãy đổi ngay khi"
                            + " đăng nhập lần đầu.",
                    password,
                    passwordFile());
        } else {
            log.info("Đã tạo tài khoản quản trị 'admin' với mật khẩu lấy từ VANTHU_ADMIN_PASSWORD.");
        }
    }

    private Path passwordFile() {
        return dataDir.resolve("initial-admin-password");
    }

    private void writePasswordFile(String password) {
        Path file = passwordFile();
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
