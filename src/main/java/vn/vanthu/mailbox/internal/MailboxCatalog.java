package vn.vanthu.mailbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailProperties;
import vn.vanthu.mailbox.MailboxSettings;

/**
 * The mailboxes the gateway takes mail from, by id: those in the configuration, checked at start, and those the
 * administrator added from the web (read from the database again by {@link #refresh()}, so every node sees them).
 */
@Component
public class MailboxCatalog {

    private static final Logger log = LoggerFactory.getLogger(MailboxCatalog.class);

    private final Map<String, MailboxSettings> configured = new LinkedHashMap<>();
    private final MailboxRows rows;
    private volatile List<MailboxSettings> added;

    MailboxCatalog(MailProperties properties, MailboxRows rows) {
        this.rows = rows;
        for (MailboxSettings mailbox : properties.activeMailboxes()) {
            check(mailbox);
            if (configured.put(mailbox.id(), mailbox) != null) {
                throw new IllegalArgumentException("Mã hộp thư bị trùng: " + mailbox.id());
            }
        }
    }

    /** Checks what every mailbox needs; throws with the reason, in Vietnamese, when something is missing. */
    static void check(MailboxSettings mailbox) {
        if (mailbox.id() == null || !mailbox.id().matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("Mã hộp thư phải gồm chữ thường, số và dấu gạch ngang: " + mailbox.id());
        }
        if (blank(mailbox.host()) || blank(mailbox.username()) || mailbox.password() == null) {
            throw new IllegalArgumentException("Hộp thư " + mailbox.id() + " thiếu máy chủ, tên đăng nhập hoặc mật khẩu"
                    + " (vanthu.mail.mailboxes[n].host, username, password).");
        }
    }

    MailboxSettings get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Không có hộp thư " + id));
    }

    Optional<MailboxSettings> find(String id) {
        MailboxSettings mailbox = configured.get(id);
        if (mailbox != null) {
            return Optional.of(mailbox);
        }
        Optional<MailboxSettings> stored =
                stored().stream().filter(m -> m.id().equals(id)).findFirst();
        if (stored.isEmpty()) {
            refresh();
            stored = stored().stream().filter(m -> m.id().equals(id)).findFirst();
        }
        return stored;
    }

    /** Every mailbox: the configured ones first. */
    public List<MailboxSettings> all() {
        List<MailboxSettings> all = new ArrayList<>(configured.values());
        all.addAll(stored());
        return all;
    }

    /** Whether the mailbox comes from the configuration (not editable from the web). */
    public boolean configured(String id) {
        return configured.containsKey(id);
    }

    /** Reads the added mailboxes again; keeps the last list when the database cannot be read. */
    void refresh() {
        try {
            added = rows.all().stream()
                    .filter(m -> !configured.containsKey(m.id()))
                    .toList();
        } catch (RuntimeException e) {
            log.warn("Không đọc được danh sách hộp thư đã thêm: {}", e.getMessage());
        }
    }

    private List<MailboxSettings> stored() {
        if (added == null) {
            refresh();
        }
        return added == null ? List.of() : added;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
