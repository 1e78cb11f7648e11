package vn.vanthu.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The NĐ 30 header fields of one official document, named after the edXML message header (QCVN
 * 102:2016); see {@code contracts/extraction.md} for what each field holds.
 *
 * @param documentType the type name per NĐ 30 Phụ lục III ("Công văn", "Quyết định", …), or {@code null}
 * @param codeNumber the number as printed, digits only, or {@code null}
 * @param codeNotation the symbol after "/", spaces removed, or {@code null}
 * @param promulgationPlace the place before ", ngày", or {@code null}
 * @param promulgationDate the date of the document, or {@code null}
 * @param organization the issuing body, or {@code null}
 * @param parentOrganization the body above the issuer, or {@code null}
 * @param subject the summary without "V/v"/"Về", or {@code null}
 * @param toPlaces the "Kính gửi" addressees
 * @param distribution the "Nơi nhận" items
 * @param signer the signer block, never {@code null}
 * @param priority 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ
 * @param confidentiality {@code null}, "Mật", "Tối mật" or "Tuyệt mật"
 * @param dueDate a deadline the body sets for the addressees, or {@code null}
 * @param confidence field name (the contract's keys) to a value in 0..1
 */
public record DocumentMetadata(
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
        Map<String, Double> confidence) {

    public DocumentMetadata {
        toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
        signer = signer == null ? SignerInfo.empty() : signer;
        confidence = confidence == null ? Map.of() : Map.copyOf(confidence);
    }

    /** Metadata with nothing read. */
    public static DocumentMetadata empty() {
        return new DocumentMetadata(
                null, null, null, null, null, null, null, null, List.of(), List.of(), null, 0, null, null, Map.of());
    }

    /** The confidence of one field, 0 when the field was not read. */
    public double confidenceOf(String field) {
        return confidence.getOrDefault(field, 0.0);
    }

    /**
     * This metadata with the gaps filled from another reading of the same document: every field this one
     * carries wins. Used when an edXML package (typed by the sender's clerk) travels beside the PDF whose
     * fields were guessed: {@code edxml.preferredOver(guessedFromPdf)}. A field counts as carried when it is
     * not {@code null} (not empty for lists); priority and confidentiality count when this one has a confidence
     * for them or a non-default value.
     */
    public DocumentMetadata preferredOver(DocumentMetadata guessed) {
        if (guessed == null) {
            return this;
        }
        java.util.Map<String, Double> merged = new java.util.LinkedHashMap<>(guessed.confidence);
        merged.putAll(confidence);
        boolean ownPriority = confidence.containsKey("priority") || priority != 0;
        return new DocumentMetadata(
                or(documentType, guessed.documentType),
                or(codeNumber, guessed.codeNumber),
                or(codeNotation, guessed.codeNotation),
                or(promulgationPlace, guessed.promulgationPlace),
                or(promulgationDate, guessed.promulgationDate),
                or(organization, guessed.organization),
                or(parentOrganization, guessed.parentOrganization),
                or(subject, guessed.subject),
                toPlaces.isEmpty() ? guessed.toPlaces : toPlaces,
                distribution.isEmpty() ? guessed.distribution : distribution,
                new SignerInfo(
                        or(signer.competence(), guessed.signer.competence()),
                        or(signer.position(), guessed.signer.position()),
                        or(signer.fullName(), guessed.signer.fullName())),
                ownPriority ? priority : guessed.priority,
                or(confidentiality, guessed.confidentiality),
                or(dueDate, guessed.dueDate),
                merged);
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** Whether the document is marked secret at any level. */
    public boolean isSecret() {
        return confidentiality != null;
    }
}
