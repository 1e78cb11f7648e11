package vn.vanthu.mailbox;

import java.util.List;
import java.util.Map;

/**
 * A message for the outbox to send. The whole MIME message is built in Java at sending time (Camel's SMTP
 * producer would ignore To and Subject headers).
 *
 * @param kind what it is ({@code ACKNOWLEDGEMENT}, {@code DELIVERY}, {@code REMINDER}, …)
 * @param to the recipient's address
 * @param subject the subject
 * @param text the plain-text body
 * @param html the HTML body, or {@code null}
 * @param attachments the files to attach
 * @param replyToTag the {@code +tag} for the Reply-To address ({@code vanthu+tag@…}), or {@code null}
 * @param inReplyTo the Message-ID this answers, or {@code null}
 * @param references the thread's Message-IDs, oldest first
 * @param readReceipt whether to ask for a read receipt (Disposition-Notification-To)
 * @param headers further headers ({@code Auto-Submitted}, {@code X-VanThu-…})
 * @param referenceType what in VanThu it is about ({@code DOCUMENT}, {@code DELIVERY}), or {@code null}
 * @param referenceId that thing's id, or {@code null}
 */
public record OutgoingMail(
        String kind,
        String to,
        String subject,
        String text,
        String html,
        List<OutgoingAttachment> attachments,
        String replyToTag,
        String inReplyTo,
        List<String> references,
        boolean readReceipt,
        Map<String, String> headers,
        String referenceType,
        Long referenceId) {

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        references = references == null ? List.of() : List.copyOf(references);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
