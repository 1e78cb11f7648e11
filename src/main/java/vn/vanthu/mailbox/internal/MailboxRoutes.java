package vn.vanthu.mailbox.internal;

import java.util.Locale;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.mail.DefaultAuthenticator;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailboxSettings;

/**
 * Creates one route per mailbox folder from the {@code mailbox-poll} template in {@code
 * routes/mailbox.camel.yaml}. Secrets go into the Camel registry as authenticator beans, never into URIs.
 */
@Component
class MailboxRoutes implements CamelContextConfiguration {

    static final String TEMPLATE = "mailbox-poll";
    private static final Logger log = LoggerFactory.getLogger(MailboxRoutes.class);

    private final MailboxCatalog mailboxes;
    private final java.util.Set<String> created = new java.util.HashSet<>();
    private volatile boolean started;
    private final ObjectProvider<EmbeddedMailServer> embeddedServer;
    private final ObjectProvider<PollerLeadership> leadership;

    MailboxRoutes(
            MailboxCatalog mailboxes,
            ObjectProvider<EmbeddedMailServer> embeddedServer,
            ObjectProvider<PollerLeadership> leadership) {
        this.mailboxes = mailboxes;
        this.embeddedServer = embeddedServer;
        this.leadership = leadership;
    }

    @Override
    public void beforeApplicationStart(CamelContext context) {
        MailSessions.installSystemProperties();
        // The embedded server, when there is one, must accept connections before the first poll.
        embeddedServer.ifAvailable(server -> {});
    }

    @Override
    public void afterApplicationStart(CamelContext context) {
        addMissing(context);
        started = true;
        // Created stopped; the lease decides at once whether this node polls, so a single node starts at once.
        leadership.ifAvailable(PollerLeadership::check);
    }

    /**
     * Gives mailboxes added since the start (from the web, on any node) their routes; does nothing until the Camel
     * context has started and the first routes were made (a route added while the context starts can be lost).
     */
    void addNew(CamelContext context) {
        if (started) {
            addMissing(context);
        }
    }

    /** Creates the routes of mailboxes that have none yet; secrets go into the registry, never into URIs. */
    private synchronized void addMissing(CamelContext context) {
        for (MailboxSettings mailbox : mailboxes.all()) {
            for (String folder : mailbox.folders()) {
                // Each route is made once: one taken out on purpose (a test's advice, an operator) is not put back.
                if (created.add(routeId(mailbox, folder)) && context.getRoute(routeId(mailbox, folder)) == null) {
                    context.getRegistry()
                            .bind(
                                    authenticatorName(mailbox),
                                    new DefaultAuthenticator(mailbox.username(), mailbox.password()));
                    context.getRegistry()
                            .bind(propertiesName(mailbox), MailSessions.forProtocol(mailbox.protocol(), false));
                    try {
                        addRoute(context, mailbox, folder);
                    } catch (RuntimeException e) {
                        created.remove(routeId(mailbox, folder));
                        throw e;
                    }
                }
            }
        }
    }

    /** The route id of a mailbox folder: {@code mailbox-poll-<id>} for INBOX, with the folder name otherwise. */
    static String routeId(MailboxSettings mailbox, String folder) {
        String suffix = "INBOX".equalsIgnoreCase(folder)
                ? ""
                : "-" + folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return TEMPLATE + "-" + mailbox.id() + suffix;
    }

    private void addRoute(CamelContext context, MailboxSettings mailbox, String folder) {
        try {
            TemplatedRouteBuilder.builder(context, TEMPLATE)
                    .routeId(routeId(mailbox, folder))
                    .parameter("mailboxId", mailbox.id())
                    .parameter("protocol", mailbox.protocol())
                    .parameter("host", mailbox.host())
                    .parameter("port", Integer.toString(mailbox.port()))
                    .parameter("folder", folder)
                    // IMAP messages leave the folder by moving (ProcessedMoves); only POP3 deletes.
                    .parameter("delete", Boolean.toString(mailbox.delete() && !mailbox.isImap()))
                    .parameter("delay", Long.toString(mailbox.pollInterval().toMillis()))
                    .parameter("authenticator", "#" + authenticatorName(mailbox))
                    .parameter("sessionProperties", "#" + propertiesName(mailbox))
                    .add();
            log.info(
                    "Lấy thư từ {}://{}:{}/{} ({})",
                    mailbox.protocol(),
                    mailbox.host(),
                    mailbox.port(),
                    folder,
                    mailbox.id());
        } catch (Exception e) {
            throw new IllegalStateException("Không tạo được tuyến lấy thư cho hộp " + mailbox.id(), e);
        }
    }

    private static String authenticatorName(MailboxSettings mailbox) {
        return "mailbox-" + mailbox.id() + "-authenticator";
    }

    private static String propertiesName(MailboxSettings mailbox) {
        return "mailbox-" + mailbox.id() + "-session";
    }
}
