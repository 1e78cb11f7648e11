package vn.vanthu.extraction;

import java.util.List;

/**
 * The result of reading one {@link DocumentInput}.
 *
 * @param source the input's source name
 * @param metadata the header fields read; {@link DocumentMetadata#empty()} when nothing could be read
 * @param text the plain text the fields were read from (after legacy-font conversion and OCR), for search
 * @param isOfficialDocument whether the text reads as an official document at all
 * @param needsOcr whether some pages had no usable text and were not (or could not be) recognised
 * @param notes what the reader wants a clerk to know, in Vietnamese ("Cần nhận dạng chữ (OCR): …")
 * @param signatures the PDF digital signatures, empty for other formats
 * @param error why the file could not be read, or {@code null} when it was
 */
public record ExtractedDocument(
        String source,
        DocumentMetadata metadata,
        String text,
        boolean isOfficialDocument,
        boolean needsOcr,
        List<String> notes,
        List<PdfSignature> signatures,
        String error) {

    public ExtractedDocument {
        notes = notes == null ? List.of() : List.copyOf(notes);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /** A result for a file that could not be read. */
    public static ExtractedDocument failed(String source, String error) {
        return new ExtractedDocument(source, DocumentMetadata.empty(), "", false, false, List.of(), List.of(), error);
    }

    /** Whether the file was read. */
    public boolean ok() {
        return error == null;
    }
}
