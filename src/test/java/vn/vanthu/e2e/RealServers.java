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
public final class RealServers {

    public static final String SMTP_HOST = "127.0.0.1";
    public static final int SMTP_PORT = 10025;
    public static final int IMAP_PORT = 10143;
    public static final String PASSWORD = "secret";
    public static final String GATEWAY = "vanthu@gateway.e2e.test";
    public static final Path WORK = Path.of("target", "e2e", "servers").toAbsolutePath();

    private static boolean started;

    private RealServers() {}

    /** Starts the mail servers once per JVM, with these mailboxes (and the gateway's). */
    public static synchronized void start(String... addresses) throws Exception {
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
        emptyInboxes(GATEWAY);
    }

    /** Empties the INBOX of these mailboxes, so that a scenario starts from no mail left by another. */
    public static void emptyInboxes(String... addresses) throws jakarta.mail.MessagingException {
        for (String address : addresses) {
            try (var store =
                    jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap")) {
                store.connect("127.0.0.1", IMAP_PORT, address, PASSWORD);
                var inbox = store.getFolder("INBOX");
                inbox.open(jakarta.mail.Folder.READ_WRITE);
                for (var message : inbox.getMessages()) {
                    message.setFlag(jakarta.mail.Flags.Flag.DELETED, true);
                }
                inbox.close(true);
            }
        }
    }

    /** Creates mailboxes (password {@value #PASSWORD}); addresses not created bounce. */
    public static void addUsers(String... addresses) throws IOException, InterruptedException {
        if (addresses.length > 0) {
            List<String> command = new ArrayList<>(List.of("e2e/servers.sh", "adduser", WORK.toString()));
            command.addAll(List.of(addresses));
            run(command.toArray(String[]::new));
        }
    }

    /** A new, empty PostgreSQL database on the local cluster; returns its JDBC URL. */
    public static String newDatabase() throws SQLException {
        String server = System.getenv().getOrDefault("VANTHU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432");
        String name =
                "vanthu_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(server + "/postgres", dbUser(), dbPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return server + "/" + name;
    }

    public static String dbUser() {
        return System.getenv().getOrDefault("VANTHU_TEST_POSTGRES_USER", "vanthu");
    }

    public static String dbPassword() {
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
