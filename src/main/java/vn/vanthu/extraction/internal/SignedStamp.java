package vn.vanthu.extraction.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.PdfSignature;

/**
 * Fills the number and date that an e-signed PDF leaves blank on the page from the signature's appearance
 * text, where signing software often stamps them ("Số: 123/SGDĐT-VP", "Thời gian ký: 12/03/2024 …").
 */
final class SignedStamp {

    private static final Pattern SIGNED_ON = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private SignedStamp() {}

    static ExtractedDocument fill(ExtractedDocument read, List<PdfSignature> signatures) {
        DocumentMetadata m = read.metadata();
        if (signatures.isEmpty() || m.codeNumber() != null && m.promulgationDate() != null) {
            return signatures.isEmpty() ? read : signingDay(read, signatures);
        }
        for (PdfSignature signature : signatures) {
            String text = signature.appearanceText();
            if (text == null) {
                continue;
            }
            DocumentCode code = DocumentCode.read(LetterLines.of(text));
            java.time.LocalDate date = null;
            Matcher d = SIGNED_ON.matcher(text);
            if (d.find()) {
                date = Promulgation.date(d.group(3), d.group(2), d.group(1));
            }
            DocumentMetadata stamp = new DocumentMetadata(
                    null,
                    code == null ? null : code.number(),
                    code == null ? null : code.notation(),
                    null,
                    m.promulgationDate() == null ? date : null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    0,
                    null,
                    null,
                    java.util.Map.of());
            DocumentMetadata merged = m.preferredOver(stamp);
            return signingDay(
                    new ExtractedDocument(
                            read.source(),
                            merged,
                            read.text(),
                            read.isOfficialDocument(),
                            read.needsOcr(),
                            read.notes(),
                            read.signatures(),
                            read.error()),
                    signatures);
        }
        return signingDay(read, signatures);
    }

    /** With the date still blank, the first signature's time is the best reading of the day it was issued. */
    private static ExtractedDocument signingDay(ExtractedDocument read, List<PdfSignature> signatures) {
        DocumentMetadata m = read.metadata();
        if (m.promulgationDate() != null || signatures.get(0).signedAt() == null) {
            return read;
        }
        java.time.LocalDate day = signatures
                .get(0)
                .signedAt()
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toLocalDate();
        java.util.Map<String, Double> confidence = new java.util.LinkedHashMap<>(m.confidence());
        confidence.put("promulgationDate", 0.5);
        DocumentMetadata dated = new DocumentMetadata(
                m.documentType(),
                m.codeNumber(),
                m.codeNotation(),
                m.promulgationPlace(),
                day,
                m.organization(),
                m.parentOrganization(),
                m.subject(),
                m.toPlaces(),
                m.distribution(),
                m.signer(),
                m.priority(),
                m.confidentiality(),
                m.dueDate(),
                confidence);
        return new ExtractedDocument(
                read.source(),
                dated,
                read.text(),
                read.isOfficialDocument(),
                read.needsOcr(),
                read.notes(),
                read.signatures(),
                read.error());
    }
}
