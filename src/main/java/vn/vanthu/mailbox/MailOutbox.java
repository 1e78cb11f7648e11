package vn.vanthu.mailbox;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.mailbox.internal.OutboxRows;

/**
 * Accepts mail for sending. A message is recorded in the outbox table within the caller's transaction, before
 * anything is sent: what the caller commits is sent once after commit, even across a crash, and what it rolls
 * back is never sent.
 */
@Service
public class MailOutbox {

    private final OutboxRows rows;
    private final MailProperties properties;

    public MailOutbox(OutboxRows rows, MailProperties properties) {
        this.rows = rows;
        this.properties = properties;
    }

    /** Records a message to send and returns its outbox row and Message-ID. */
    @Transactional
    public QueuedMail enqueue(OutgoingMail mail) {
        if (mail.to() == null || mail.to().isBlank()) {
            throw new IllegalArgumentException("Thiếu địa chỉ người nhận");
        }
        String messageId = "<" + UUID.randomUUID() + "@" + properties.gatewayDomain() + ">";
        long id = rows.insert(mail, messageId);
        return new QueuedMail(id, messageId);
    }

    /** The gateway's own address, for modules that must not write to it (no mail loops). */
    public String gatewayAddress() {
        return properties.gatewayAddress();
    }
}
