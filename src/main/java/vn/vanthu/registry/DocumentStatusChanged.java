package vn.vanthu.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Published when an incoming document moves to another status after registration (refused 02, assigned 04, in
 * progress 05, done 06), with what a report back to its sender needs.
 *
 * @param documentId the document
 * @param organizationId the organization whose books hold it
 * @param previous the status it had
 * @param status the status it has now
 * @param actor who moved it (“a thay mặt b” for a delegate)
 * @param detail what was decided, in Vietnamese, or {@code null}
 * @param changedAt when
 * @param codeNumber the number printed on the document
 * @param codeNotation the symbol printed on the document
 * @param promulgationDate the document's date
 * @param subject the summary
 * @param senderEmail the address it came from, or {@code null}
 * @param replyToMessageId the Message-ID of the mail it came in, or {@code null}
 */
public record DocumentStatusChanged(
        long documentId,
        long organizationId,
        DocumentStatus previous,
        DocumentStatus status,
        String actor,
        String detail,
        OffsetDateTime changedAt,
        String codeNumber,
        String codeNotation,
        LocalDate promulgationDate,
        String subject,
        String senderEmail,
        String replyToMessageId) {}
