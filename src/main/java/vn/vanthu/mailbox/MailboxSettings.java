package vn.vanthu.mailbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One mailbox the gateway takes mail from ({@code vanthu.mail.mailboxes[n].*}).
 *
 * @param id a short name, unique, used in route ids and the dedupe ledger ({@code so-gd}, {@code embedded})
 * @param protocol {@code imap}, {@code imaps} or {@code pop3s} (also {@code pop3} for tests)
 * @param host the server
 * @param port the port; defaults to the protocol's
 * @param username the login
 * @param password the secret; never written into a route URI or a {@code camel.*} property
 * @param folders the folders to take mail from; default {@code INBOX}
 * @param processedFolder where taken messages go (IMAP); default {@code Processed}
 * @param failedFolder where messages that could not be taken go (IMAP), created when missing; default {@code
 *     Failed}
 * @param pollInterval how often to look for new mail; default 10 seconds
 * @param organization the code of the organization whose incoming register receives the mail; default the root
 * @param delete whether to delete taken POP3 messages from the server (the default: POP3 has no folders); taken IMAP
 *     messages always leave their folder, moved to the processed or the failed folder
 */
public record MailboxSettings(
        String id,
        String protocol,
        String host,
        Integer port,
        String username,
        String password,
        List<String> folders,
        String processedFolder,
        String failedFolder,
        Duration pollInterval,
        String organization,
        Boolean delete) {

    public MailboxSettings {
        protocol = protocol == null ? "imap" : protocol.toLowerCase(Locale.ROOT);
        if (!List.of("imap", "imaps", "pop3", "pop3s").contains(protocol)) {
            throw new IllegalArgumentException("Giao thức hộp thư không hỗ trợ: " + protocol);
        }
        port = port == null ? defaultPort(protocol) : port;
        folders = folders == null || folders.isEmpty() ? List.of("INBOX") : List.copyOf(folders);
        processedFolder = processedFolder == null ? "Processed" : processedFolder;
        failedFolder = failedFolder == null ? "Failed" : failedFolder;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        delete = delete == null ? protocol.startsWith("pop3") : delete;
    }

    /** Whether the protocol has folders to move messages to. */
    public boolean isImap() {
        return protocol.startsWith("imap");
    }

    private static int defaultPort(String protocol) {
        return switch (protocol) {
            case "imaps" -> 993;
            case "pop3" -> 110;
            case "pop3s" -> 995;
            default -> 143;
        };
    }
}
