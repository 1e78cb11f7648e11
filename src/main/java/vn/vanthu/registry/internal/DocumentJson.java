package vn.vanthu.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentEvent;
import vn.vanthu.registry.DocumentFile;
import vn.vanthu.registry.DocumentSummary;

/** The JSON shapes of {@code /api/documents}, with the keys the outside contract fixes. */
final class DocumentJson {

    private DocumentJson() {}

    /** One register entry. */
    record Line(
            long id,
            String direction,
            Integer registerNumber,
            OffsetDateTime registeredAt,
            String codeNumber,
            String codeNotation,
            String documentType,
            String subject,
            String organization,
            LocalDate promulgationDate,
            String status) {

        static Line of(DocumentSummary s) {
            return new Line(
                    s.id(),
                    s.direction().name(),
                    s.registerNumber(),
                    s.registeredAt(),
                    s.codeNumber(),
                    s.codeNotation(),
                    s.documentType(),
                    s.subject(),
                    s.organization(),
                    s.promulgationDate(),
                    s.status().name());
        }
    }

    /** One file of a document. */
    record File(long id, String role, String fileName, String mediaType, long size, String sha256, String url) {

        static File of(long documentId, DocumentFile f) {
            return new File(
                    f.id(),
                    f.role(),
                    f.fileName(),
                    f.mediaType(),
                    f.size(),
                    f.sha256(),
                    "/api/documents/" + documentId + "/files/" + f.id());
        }
    }

    /** One document with the extraction contract's keys, its files and its history. */
    record Details(
            long id,
            long organizationId,
            String direction,
            Integer registerNumber,
            OffsetDateTime registeredAt,
            String status,
            String pendingReason,
            String senderEmail,
            String source,
            String documentType,
            String codeNumber,
            String codeNotation,
            String promulgationPlace,
            LocalDate promulgationDate,
            String organization,
            String parentOrganization,
            String subject,
            List<String> toPlaces,
            List<String> distribution,
            SignerInfo signer,
            int priority,
            String confidentiality,
            LocalDate dueDate,
            Map<String, Double> confidence,
            List<File> attachments,
            List<DocumentEvent> history) {

        static Details of(DocumentDetails d) {
            DocumentSummary s = d.summary();
            DocumentMetadata m = d.metadata();
            return new Details(
                    s.id(),
                    s.organizationId(),
                    s.direction().name(),
                    s.registerNumber(),
                    s.registeredAt(),
                    s.status().name(),
                    d.pendingReason(),
                    s.senderEmail(),
                    d.source(),
                    m.documentType(),
                    m.codeNumber(),
                    m.codeNotation(),
                    m.promulgationPlace(),
                    m.promulgationDate(),
                    m.organization(),
                    m.parentOrganization(),
                    m.subject(),
                    m.toPlaces(),
                    m.distribution(),
                    m.signer(),
                    m.priority(),
                    m.confidentiality(),
                    m.dueDate(),
                    m.confidence(),
                    d.files().stream().map(f -> File.of(s.id(), f)).toList(),
                    d.history());
        }
    }
}
