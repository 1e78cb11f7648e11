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

    /** Whether the document is marked secret at any level. */
    public boolean isSecret() {
        return confidentiality != null;
    }
}
