package vn.vanthu.extraction.internal;

import java.text.Normalizer;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.ExtractedDocument;

/**
 * Undoes the commonest OCR slip in fields read from a scan: a tone mark on a capital of the symbol ("TB-CVÀ"),
 * where symbols are abbreviations written without tones (Đ, Ơ, Ư, Ă, Â, Ê, Ô are kept), and "Lưu: VI" for the
 * file copy, which always goes to "VT" (văn thư).
 */
final class OcrCleanup {

    private static final java.util.regex.Pattern ARCHIVE =
            java.util.regex.Pattern.compile("^(L[ưu]u\\s*:?\\s*)V[Il1|](?=\\b|,|$)");

    private OcrCleanup() {}

    static ExtractedDocument apply(ExtractedDocument read) {
        DocumentMetadata m = read.metadata();
        String notation = m.codeNotation() == null ? null : withoutTones(m.codeNotation());
        java.util.List<String> distribution = m.distribution().stream()
                .map(item -> ARCHIVE.matcher(item).replaceFirst("$1VT"))
                .toList();
        DocumentMetadata cleaned = new DocumentMetadata(
                m.documentType(),
                m.codeNumber(),
                notation,
                m.promulgationPlace(),
                m.promulgationDate(),
                m.organization(),
                m.parentOrganization(),
                m.subject(),
                m.toPlaces(),
                distribution,
                m.signer(),
                m.priority(),
                m.confidentiality(),
                m.dueDate(),
                m.confidence());
        return new ExtractedDocument(
                read.source(),
                cleaned,
                read.text(),
                read.isOfficialDocument(),
                read.needsOcr(),
                read.notes(),
                read.signatures(),
                read.error());
    }

    static String withoutTones(String s) {
        String nfd =
                Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
        return Normalizer.normalize(nfd, Normalizer.Form.NFC);
    }
}
