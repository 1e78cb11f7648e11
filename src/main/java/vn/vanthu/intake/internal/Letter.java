package vn.vanthu.intake.internal;

import java.util.List;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.registry.NewFile;

/**
 * One official document found in a message, with the files that belong to it.
 *
 * @param sourcePart which part of the message it was read from ({@code body}, {@code part:2})
 * @param source how it is named in the history ({@code embedded#291.pdf})
 * @param metadata the header fields (an edXML file's fields win over what was read from the text)
 * @param text the text, for search
 * @param files the document first, then the files that came with it
 * @param problems why it cannot be registered without the clerk, in Vietnamese; empty when nothing is wrong
 */
record Letter(
        String sourcePart,
        String source,
        DocumentMetadata metadata,
        String text,
        List<NewFile> files,
        List<String> problems) {

    Letter {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
