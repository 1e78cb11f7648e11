package vn.vanthu.extraction;

/**
 * Reads official documents: text through Tika/PDFBox under limits (and OCR for pages without text), then the
 * NĐ 30 header fields from that text.
 *
 * <p>Implementations MUST NOT throw for unreadable, oversized, encrypted or hostile input: they return {@link
 * ExtractedDocument#failed} with a reason a clerk can read. They MUST be safe to call from several threads.
 */
public interface DocumentReader {

    /** Reads one file. */
    ExtractedDocument read(DocumentInput input);

    /** The standard reader with the given limits, for use outside a Spring context (the command line). */
    static DocumentReader standard(ExtractionProperties properties) {
        return vn.vanthu.extraction.internal.StandardDocumentReader.create(properties);
    }
}
