package vn.vanthu.distribution.internal;

import java.time.LocalDate;
import java.util.Locale;
import vn.vanthu.directory.Organization;
import vn.vanthu.distribution.MetadataOverrides;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;

/**
 * The fields of an outgoing document: what the clerk typed wins over what the reader found in the file, and
 * sensible defaults fill the rest (type Công văn, today's date, the issuing organization's name).
 */
final class Prefill {

    private Prefill() {}

    static DocumentMetadata of(DocumentMetadata read, MetadataOverrides typed, Organization issuer, LocalDate today) {
        SignerInfo signer = read.signer();
        return new DocumentMetadata(
                first(typed.documentType(), read.documentType(), "Công văn"),
                null,
                typed.codeNotation(),
                first(typed.promulgationPlace(), read.promulgationPlace(), null),
                first(typed.promulgationDate(), read.promulgationDate(), today),
                first(typed.organization(), read.organization(), issuer.name().toUpperCase(Locale.ROOT)),
                first(typed.parentOrganization(), read.parentOrganization(), null),
                first(typed.subject(), read.subject(), null),
                typed.toPlaces() == null ? read.toPlaces() : typed.toPlaces(),
                typed.distribution() == null ? read.distribution() : typed.distribution(),
                new SignerInfo(
                        first(typed.signerCompetence(), signer.competence(), null),
                        first(typed.signerPosition(), signer.position(), null),
                        first(typed.signerFullName(), signer.fullName(), null)),
                typed.priority() == null ? read.priority() : typed.priority(),
                read.confidentiality(),
                first(typed.dueDate(), read.dueDate(), null),
                read.confidence());
    }

    /** The same fields with the number and symbol the register gave. */
    static DocumentMetadata numbered(DocumentMetadata m, String codeNumber, String codeNotation) {
        return new DocumentMetadata(
                m.documentType(),
                codeNumber,
                codeNotation,
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
                m.confidence());
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return value;
            }
        }
        return null;
    }
}
