package vn.vanthu.registry;

import java.time.OffsetDateTime;

/**
 * Published when a document gets its number in a register.
 *
 * @param documentId the document
 * @param organizationId the organization whose register it is in
 * @param direction incoming or outgoing
 * @param registerNumber the number in the register (số đến / số đi)
 * @param registeredAt when
 * @param codeNumber the number printed on the document
 * @param codeNotation the symbol printed on the document
 * @param subject the summary
 * @param senderEmail the address an incoming document came from, or {@code null}
 * @param replyToMessageId the Message-ID to answer, or {@code null}
 * @param acknowledge whether the sender should get an acknowledgement
 * @param priority the urgency: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ
 */
public record DocumentRegistered(
        long documentId,
        long organizationId,
        Direction direction,
        int registerNumber,
        OffsetDateTime registeredAt,
        String codeNumber,
        String codeNotation,
        String subject,
        String senderEmail,
        String replyToMessageId,
        boolean acknowledge,
        int priority) {}
