package vn.vanthu.mailbox.internal;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailboxSettings;

/**
 * Reports UP once the gateway can take mail: every mailbox route started, and the embedded mail server running
 * when it is used.
 */
@Component("mailIntakeHealth")
class MailIntakeHealth implements HealthIndicator {

    private final CamelContext camel;
    private final MailboxCatalog mailboxes;
    private final ObjectProvider<EmbeddedMailServer> embedded;

    MailIntakeHealth(CamelContext camel, MailboxCatalog mailboxes, ObjectProvider<EmbeddedMailServer> embedded) {
        this.camel = camel;
        this.mailboxes = mailboxes;
        this.embedded = embedded;
    }

    @Override
    public Health health() {
        EmbeddedMailServer server = embedded.getIfAvailable();
        if (server != null && !server.isRunning()) {
            return Health.down().withDetail("embeddedMailServer", "stopped").build();
        }
        for (MailboxSettings mailbox : mailboxes.all()) {
            for (String folder : mailbox.folders()) {
                String id = MailboxRoutes.routeId(mailbox, folder);
                if (camel.getRouteController().getRouteStatus(id) != ServiceStatus.Started) {
                    return Health.down().withDetail("route", id).build();
                }
            }
        }
        return Health.up().build();
    }
}
