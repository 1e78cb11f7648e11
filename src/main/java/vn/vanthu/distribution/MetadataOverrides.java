package vn.vanthu.distribution;

import java.time.LocalDate;
import java.util.List;

/**
 * Fields a clerk set by hand; {@code null} means "as read from the file". The keys are the extraction
 * contract's.
 */
public record MetadataOverrides(
        String documentType,
        String codeNotation,
        String promulgationPlace,
        LocalDate promulgationDate,
        String organization,
        String parentOrganization,
        String subject,
        List<String> toPlaces,
        List<String> distribution,
        String signerCompetence,
        String signerPosition,
        String signerFullName,
        Integer priority,
        LocalDate dueDate) {

    /** No override at all. */
    public static MetadataOverrides none() {
        return new MetadataOverrides(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
