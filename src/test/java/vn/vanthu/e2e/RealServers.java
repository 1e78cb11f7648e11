package vn.vanthu.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real servers of the end-to-end suite, on loopback: Dovecot and Postfix from Debian's packages started by
 * {@code e2e/servers.sh}, and the PostgreSQL cluster {@code .ci/start-postgres} started.
 */
final class RealServers {

    static final String SMTP_HOST = "127.0.0.1";
    static final int SMTP_PORT = 10025;
    static final int IMAP_PORT = 10143;
    static final String PASSWORD = "secret";
    static final String GATEWAY = "vanthu@gateway.e2e.test";
    static final Path WORK = Path.of("target", "e2e", "servers").toAbsolutePath();

    private static boolean started;

    private RealServers() {}

    /** Starts the mail servers once per JVM, with these mailboxes (and the gateway's). */
    static synchronized void start(String... addresses) throws IOException, InterruptedException {
        if (!started) {
            Files.createDirectories(WORK);
            run("e2e/servers.sh", "start", WORK.toString(), GATEWAY);
            started = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run("e2e/servers.sh", "stop", WORK.toString());
                } catch (IOException | InterruptedException e) {
                    // Best effort when the JVM ends.
                }
            }));
        }
        addUsers(addresses);
    }

    /** Creates mailboxes (password {@value #PASSWORD}); addresses not created bounce. */
    static void addUsers(String... addresses) throws IOException, InterruptedException {
        if (addresses.length > 0) {
            List<String> command = new ArrayList<>(List.of("e2e/servers.sh", "adduser", WORK.toString()));
            command.addAll(List.of(addresses));
            run(command.toArray(String[]::new));
        }
    }

    /** A new, empty PostgreSQL database on the local cluster; returns its JDBC URL. */
    static String newDatabase() throws SQLException {
        String server = System.getenv().getOrDefault("VANTHU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432");
        String name =
                "vanthu_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(server + "/postgres", dbUser(), dbPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return server + "/" + name;
    }

    static String dbUser() {
        return System.getenv().getOrDefault("VANTHU_TEST_POSTGRES_USER", "vanthu");
    }

    static String dbPassword() {
        return System.getenv().getOrDefault("VANTHU_TEST_POSTGRES_PASSWORD", "vanthu");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        WORK.resolve("servers.log").toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(
                    "Failed: " + String.join(" ", command) + " (see " + WORK.resolve("servers.log") + ")");
        }
    }
}
