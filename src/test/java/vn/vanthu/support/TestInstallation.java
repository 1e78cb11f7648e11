package vn.vanthu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A new, empty installation for one Spring test context: its own data folder (H2 file database, blobs) and its
 * own free ports for the embedded mail server, so cached contexts never share state or ports.
 */
public final class TestInstallation {

    private TestInstallation() {}

    /** Registers a fresh data folder and free embedded mail ports. */
    public static void register(DynamicPropertyRegistry registry) {
        Path dataDir = newDataDir();
        int smtp = freePort();
        int imap = freePort();
        registry.add("vanthu.data-dir", dataDir::toString);
        registry.add("vanthu.mail.embedded-smtp-port", () -> smtp);
        registry.add("vanthu.mail.embedded-imap-port", () -> imap);
        registry.add("vanthu.mail.embedded-poll-interval", () -> "200ms");
        registry.add("vanthu.mail.outbox.poll-interval", () -> "200ms");
        registry.add("vanthu.mail.leader-check-interval", () -> "500ms");
        // Reminders, digests and weekly calendars are timed: tests call their beans (or start the routes) themselves.
        registry.add("vanthu.handling.scheduled", () -> "false");
        registry.add("vanthu.calendar.scheduled", () -> "false");
    }

    /** A free TCP port on the loopback interface. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path newDataDir() {
        try {
            Path base = Path.of("target", "test-data");
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), "vanthu-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
