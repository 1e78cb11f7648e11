package vn.vanthu.mailbox.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailboxSettings;
import vn.vanthu.mailbox.Mailboxes;

/** Adds a mailbox from the web: checked, logged in to, stored, given its routes, started where the lease is. */
@Component
public class MailboxAdmission {

    private static final Logger log = LoggerFactory.getLogger(MailboxAdmission.class);

    private final MailboxCatalog catalog;
    private final MailboxRows rows;
    private final ServerProbe probe;
    private final MailboxRoutes routes;
    private final PollerLeadership leadership;
    private final CamelContext camel;

    MailboxAdmission(
            MailboxCatalog catalog,
            MailboxRows rows,
            ServerProbe probe,
            MailboxRoutes routes,
            PollerLeadership leadership,
            CamelContext camel) {
        this.camel = camel;
        this.catalog = catalog;
        this.rows = rows;
        this.probe = probe;
        this.routes = routes;
        this.leadership = leadership;
    }

    public Mailboxes.Admission admit(MailboxSettings mailbox, String addedBy) {
        try {
            MailboxCatalog.check(mailbox);
        } catch (IllegalArgumentException e) {
            return new Mailboxes.Admission(false, List.of(e.getMessage()));
        }
        if (catalog.find(mailbox.id()).isPresent()) {
            return new Mailboxes.Admission(false, List.of("Đã có hộp thư mã " + mailbox.id() + "."));
        }
        ServerProbe.Finding found = probe.mailbox(mailbox);
        if (!found.ok()) {
            List<String> lines = new ArrayList<>(found.lines());
            lines.add("Chưa thêm hộp thư: sửa thông tin rồi thử lại.");
            return new Mailboxes.Admission(false, lines);
        }
        try {
            rows.insert(mailbox, addedBy);
        } catch (DuplicateKeyException e) {
            return new Mailboxes.Admission(false, List.of("Đã có hộp thư mã " + mailbox.id() + "."));
        }
        catalog.refresh();
        routes.addNew(camel);
        leadership.check();
        log.info("{} đã thêm hộp thư {} ({}@{})", addedBy, mailbox.id(), mailbox.username(), mailbox.host());
        List<String> lines = new ArrayList<>(found.lines());
        lines.add("Đã thêm hộp thư " + mailbox.id() + "; thư sẽ được lấy sau ít giây.");
        return new Mailboxes.Admission(true, lines);
    }
}
