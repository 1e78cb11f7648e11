package vn.vanthu.intake.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;

/** Combines two readings of one document field by field: the first's value where it has one. */
final class MetadataMerge {

    private MetadataMerge() {}

    static DocumentMetadata preferFirst(DocumentMetadata first, DocumentMetadata second) {
        Map<String, Double> confidence = new HashMap<>(second.confidence());
        confidence.putAll(first.confidence());
        SignerInfo a = first.signer();
        SignerInfo b = second.signer();
        return new DocumentMetadata(
                or(first.documentType(), second.documentType()),
                or(first.codeNumber(), second.codeNumber()),
                or(first.codeNotation(), second.codeNotation()),
                or(first.promulgationPlace(), second.promulgationPlace()),
                or(first.promulgationDate(), second.promulgationDate()),
                or(first.organization(), second.organization()),
                or(first.parentOrganization(), second.parentOrganization()),
                or(first.subject(), second.subject()),
                orList(first.toPlaces(), second.toPlaces()),
                orList(first.distribution(), second.distribution()),
                new SignerInfo(
                        or(a.competence(), b.competence()),
                        or(a.position(), b.position()),
                        or(a.fullName(), b.fullName())),
                Math.max(first.priority(), second.priority()),
                or(first.confidentiality(), second.confidentiality()),
                or(first.dueDate(), second.dueDate()),
                confidence);
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    private static List<String> orList(List<String> first, List<String> second) {
        return first.isEmpty() ? second : first;
    }
}
