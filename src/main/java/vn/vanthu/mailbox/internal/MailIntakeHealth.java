package vn.vanthu.mailbox.internal;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailboxSettings;

/**
 * Reports UP once the gateway can take mail: on the node that polls, every mailbox route started (and the embedded
 * mail server running when it is used); on the others, some node holding the poller lease.
 */
@Component("mailIntakeHealth")
class MailIntakeHealth implements HealthIndicator {

    private final CamelContext camel;
    private final MailboxCatalog mailboxes;
    private final ObjectProvider<EmbeddedMailServer> embedded;
    private final PollerLeadership leadership;

    MailIntakeHealth(
            CamelContext camel,
            MailboxCatalog mailboxes,
            ObjectProvider<EmbeddedMailServer> embedded,
            PollerLeadership leadership) {
        this.camel = camel;
        this.mailboxes = mailboxes;
        this.embedded = embedded;
        this.leadership = leadership;
    }

    @Override
    public Health health() {
        EmbeddedMailServer server = embedded.getIfAvailable();
        if (server != null && !server.isRunning()) {
            return Health.down().withDetail("embeddedMailServer", "stopped").build();
        }
        if (!leadership.leading()) {
            // Another node polls the mailboxes: this one is ready as soon as someone holds the lease.
            return leadership.covered()
                    ? Health.up().build()
                    : Health.down().withDetail("poller", "none").build();
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
