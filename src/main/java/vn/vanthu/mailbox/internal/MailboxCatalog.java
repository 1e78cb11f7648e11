package vn.vanthu.mailbox.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailProperties;
import vn.vanthu.mailbox.MailboxSettings;

/** The mailboxes the gateway takes mail from, by id. */
@Component
class MailboxCatalog {

    private final Map<String, MailboxSettings> byId = new LinkedHashMap<>();

    MailboxCatalog(MailProperties properties) {
        for (MailboxSettings mailbox : properties.activeMailboxes()) {
            if (mailbox.id() == null || !mailbox.id().matches("[a-z0-9][a-z0-9-]{0,40}")) {
                throw new IllegalArgumentException(
                        "Mã hộp thư phải gồm chữ thường, số và dấu gạch ngang: " + mailbox.id());
            }
            if (mailbox.host() == null || mailbox.username() == null || mailbox.password() == null) {
                throw new IllegalArgumentException(
                        "Hộp thư " + mailbox.id() + " thiếu máy chủ, tên đăng nhập hoặc mật khẩu"
                                + " (vanthu.mail.mailboxes[n].host, username, password).");
            }
            if (byId.put(mailbox.id(), mailbox) != null) {
                throw new IllegalArgumentException("Mã hộp thư bị trùng: " + mailbox.id());
            }
        }
    }

    MailboxSettings get(String id) {
        MailboxSettings mailbox = byId.get(id);
        if (mailbox == null) {
            throw new IllegalArgumentException("Không có hộp thư " + id);
        }
        return mailbox;
    }

    List<MailboxSettings> all() {
        return List.copyOf(byId.values());
    }
}
