package vn.vanthu.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of a register or a document list.
 *
 * @param id the document
 * @param organizationId the organization whose books hold it
 * @param direction incoming or outgoing
 * @param registerNumber the number in the register, or {@code null} while pending
 * @param registeredAt when it was registered, or {@code null}
 * @param codeNumber the number printed on the document
 * @param codeNotation the symbol printed on the document
 * @param documentType the type name
 * @param subject the summary
 * @param organization the issuing body
 * @param promulgationDate the document's date
 * @param status where it stands
 * @param priority the edXML priority
 * @param senderEmail where it came from
 */
public record DocumentSummary(
        long id,
        long organizationId,
        Direction direction,
        Integer registerNumber,
        OffsetDateTime registeredAt,
        String codeNumber,
        String codeNotation,
        String documentType,
        String subject,
        String organization,
        LocalDate promulgationDate,
        DocumentStatus status,
        int priority,
        String senderEmail) {}
