package vn.vanthu.mailbox;

import java.time.OffsetDateTime;

/**
 * Published when the SMTP server accepted a message from the outbox.
 *
 * @param outboxId the outbox row
 * @param messageId the Message-ID
 * @param recipient the address
 * @param sentAt when the server accepted it
 * @param referenceType what in VanThu it was about, or {@code null}
 * @param referenceId that thing's id, or {@code null}
 */
public record OutgoingMailSent(
        long outboxId,
        String messageId,
        String recipient,
        OffsetDateTime sentAt,
        String referenceType,
        Long referenceId) {}
