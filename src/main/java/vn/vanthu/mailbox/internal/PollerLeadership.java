package vn.vanthu.mailbox.internal;

import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the mailbox routes on one node only: the holder of the {@code mail-intake} lease. Called by the {@code
 * mailbox-leader} route every few seconds; a node that loses or cannot renew the lease stops polling, a node that
 * finds it expired takes over. The dedupe ledger makes a double poll harmless anyway; the lease avoids the waste.
 */
@Component("pollerLeadership")
public class PollerLeadership {

    static final String LEASE = "mail-intake";
    static final Duration DURATION = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(PollerLeadership.class);

    private final String node;
    private final NodeIdentity identity;
    private final LeaderLease lease;
    private final CamelContext camel;
    private final MailboxCatalog mailboxes;
    private final org.springframework.beans.factory.ObjectProvider<MailboxRoutes> mailboxRoutes;
    private final org.springframework.context.ApplicationContext context;
    private volatile boolean leading;
    private volatile boolean stopping;

    PollerLeadership(
            NodeIdentity identity,
            LeaderLease lease,
            CamelContext camel,
            MailboxCatalog mailboxes,
            org.springframework.beans.factory.ObjectProvider<MailboxRoutes> mailboxRoutes,
            org.springframework.context.ApplicationContext context) {
        this.context = context;
        this.mailboxRoutes = mailboxRoutes;
        this.identity = identity;
        this.node = identity.name();
        this.lease = lease;
        this.camel = camel;
        this.mailboxes = mailboxes;
    }

    /** Takes or renews the lease and starts or stops the mailbox routes to match. */
    public synchronized void check() {
        if (stopping) {
            return;
        }
        boolean holds;
        try {
            identity.beat();
            holds = lease.acquire(LEASE, node, DURATION);
        } catch (RuntimeException e) {
            // Without the database nothing can be taken in anyway; keep polling only while the lease lasts.
            log.warn("Không gia hạn được quyền lấy thư: {}", e.getMessage());
            holds = false;
        }
        if (holds) {
            // Mailboxes added from the web on any node: read them again and give each its routes.
            mailboxes.refresh();
            mailboxRoutes.ifAvailable(routes -> routes.addNew(camel));
        }
        if (holds != leading) {
            log.info(holds ? "Nút {} lấy thư từ các hộp thư" : "Nút {} ngừng lấy thư: nút khác đang lấy", node);
        }
        leading = holds;
        for (String route : routes()) {
            apply(route, holds);
        }
    }

    /** Whether this node polls now, or another node holds a valid lease (so the gateway takes mail). */
    public boolean covered() {
        try {
            return leading || lease.held(LEASE);
        } catch (RuntimeException e) {
            return leading;
        }
    }

    boolean leading() {
        return leading;
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop(ContextClosedEvent event) {
        if (event.getApplicationContext() != context) {
            return;
        }
        stopping = true;
        if (leading) {
            try {
                lease.release(LEASE, node);
            } catch (RuntimeException e) {
                // The lease expires by itself.
            }
        }
    }

    private List<String> routes() {
        return mailboxes.all().stream()
                .flatMap(m -> m.folders().stream().map(f -> MailboxRoutes.routeId(m, f)))
                .toList();
    }

    private void apply(String routeId, boolean run) {
        try {
            ServiceStatus status = camel.getRouteController().getRouteStatus(routeId);
            if (status == null) {
                return;
            }
            if (run && !status.isStarted()) {
                camel.getRouteController().startRoute(routeId);
            } else if (!run && status.isStarted()) {
                camel.getRouteController().stopRoute(routeId);
            }
        } catch (Exception e) {
            log.warn("Không đổi được trạng thái tuyến {}: {}", routeId, e.getMessage());
        }
    }
}
