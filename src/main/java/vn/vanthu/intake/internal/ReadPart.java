package vn.vanthu.intake.internal;

import java.util.Locale;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.registry.NewFile;

/**
 * One part of a message after reading: the file kept for it (none for a letter in the body) and what the reader
 * found.
 *
 * @param sourcePart which part of the message
 * @param file the stored file, or {@code null} for the body
 * @param extracted what the reader found
 */
record ReadPart(String sourcePart, NewFile file, ExtractedDocument extracted) {

    /** Whether it reads as an official document. */
    boolean official() {
        return extracted.ok() && extracted.isOfficialDocument();
    }

    /** Number and symbol folded for comparison, or {@code null} when either is missing. */
    String key() {
        var m = extracted.metadata();
        if (!official() || m.codeNumber() == null || m.codeNotation() == null) {
            return null;
        }
        return m.codeNumber().replaceFirst("^0+(?=\\d)", "") + "/"
                + m.codeNotation().replaceAll("[\\s–—-]+", "-").toUpperCase(Locale.ROOT);
    }

    /** Whether it is an edXML package, whose fields win over guessing. */
    boolean isEdxml() {
        return file != null && file.fileName().toLowerCase(Locale.ROOT).endsWith(".edxml");
    }

    /** Whether it is a PDF, the form a signed original usually takes. */
    boolean isPdf() {
        return file != null && "application/pdf".equals(file.mediaType());
    }
}
