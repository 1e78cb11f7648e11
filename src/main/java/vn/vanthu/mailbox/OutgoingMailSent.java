package vn.vanthu.mailbox;

import java.time.OffsetDateTime;

/**
 * One message the SMTP server accepted from the outbox, reported in an {@link OutgoingMailsSent} batch.
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
