package vn.vanthu.mailbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.vanthu.mailbox.internal.MailboxAdmission;
import vn.vanthu.mailbox.internal.MailboxCatalog;

/**
 * The mailboxes the gateway takes mail from, as the administrator sees them: those in the configuration and those
 * added from the web. A mailbox is added only after logging in to it worked; it is polled within seconds, on
 * whichever node holds the poller lease.
 */
@Service
public class Mailboxes {

    /** A mailbox as typed in the form; blank fields take the defaults of {@link MailboxSettings}. */
    public record NewMailbox(
            String id,
            String protocol,
            String host,
            Integer port,
            String username,
            String password,
            String folders,
            Integer pollSeconds,
            String organization) {

        MailboxSettings settings() {
            List<String> folderList = folders == null || folders.isBlank()
                    ? null
                    : Arrays.stream(folders.split(","))
                            .map(String::strip)
                            .filter(f -> !f.isEmpty())
                            .toList();
            return new MailboxSettings(
                    id == null ? null : id.strip(),
                    protocol,
                    host == null ? null : host.strip(),
                    port,
                    username == null ? null : username.strip(),
                    password,
                    folderList,
                    null,
                    null,
                    pollSeconds == null ? null : Duration.ofSeconds(Math.max(1, pollSeconds)),
                    organization == null || organization.isBlank() ? null : organization.strip(),
                    null);
        }
    }

    /** What adding said: added or not, and the lines of the connection test (or the reason it was refused). */
    public record Admission(boolean added, List<String> lines) {}

    private final MailboxCatalog catalog;
    private final MailboxAdmission admission;

    public Mailboxes(MailboxCatalog catalog, MailboxAdmission admission) {
        this.catalog = catalog;
        this.admission = admission;
    }

    /** Every mailbox in use, the configured ones first. */
    public List<MailboxSettings> all() {
        return catalog.all();
    }

    /** Whether a mailbox comes from the configuration (changed there, not from the web). */
    public boolean configured(String id) {
        return catalog.configured(id);
    }

    /** Checks the mailbox, logs in to it, and when that works stores it and starts taking mail from it. */
    public Admission add(NewMailbox mailbox, String addedBy) {
        MailboxSettings settings;
        try {
            settings = mailbox.settings();
        } catch (IllegalArgumentException e) {
            return new Admission(false, List.of(e.getMessage()));
        }
        return admission.admit(settings, addedBy);
    }
}
