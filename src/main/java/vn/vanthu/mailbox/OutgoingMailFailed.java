package vn.vanthu.mailbox;

/**
 * Published when the outbox gives up on a message: a permanent (5xx) rejection, or too many temporary failures.
 *
 * @param outboxId the outbox row
 * @param messageId the Message-ID
 * @param recipient the address
 * @param reason the server's answer or the last error
 * @param referenceType what in VanThu it was about, or {@code null}
 * @param referenceId that thing's id, or {@code null}
 */
public record OutgoingMailFailed(
        long outboxId, String messageId, String recipient, String reason, String referenceType, Long referenceId) {}
