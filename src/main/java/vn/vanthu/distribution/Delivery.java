package vn.vanthu.distribution;

import java.time.OffsetDateTime;

/**
 * The delivery of one outgoing document to one recipient.
 *
 * @param id the identifier
 * @param documentId the outgoing document
 * @param organizationId the recipient
 * @param organizationName the recipient's name
 * @param email the address the e-mail went to, or {@code null} when the unit has none (inside VanThu only)
 * @param status where it stands
 * @param token the delivery's secret token (reply address, subject, links)
 * @param messageId the Message-ID of the delivery e-mail, or {@code null}
 * @param incomingDocumentId the recipient's own copy in its incoming register, or {@code null}
 * @param sentAt when the recipient's server accepted the e-mail
 * @param confirmedAt when receipt was first confirmed
 * @param confirmedVia how receipt was first confirmed
 * @param detail the server's answer, the bounce diagnostic or the refusal text, or {@code null}
 */
public record Delivery(
        long id,
        long documentId,
        long organizationId,
        String organizationName,
        String email,
        DeliveryStatus status,
        String token,
        String messageId,
        Long incomingDocumentId,
        OffsetDateTime sentAt,
        OffsetDateTime confirmedAt,
        ConfirmationChannel confirmedVia,
        String detail) {}
