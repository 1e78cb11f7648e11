package vn.vanthu.extraction.internal;

import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;

/** Placeholder until the reader lands. */
public final class StandardDocumentReader implements DocumentReader {
    public static StandardDocumentReader create(ExtractionProperties properties) {
        return new StandardDocumentReader();
    }

    @Override
    public ExtractedDocument read(DocumentInput input) {
        throw new UnsupportedOperationException("not yet");
    }
}
