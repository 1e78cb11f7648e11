package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.ExtractedDocument;

/**
 * Combines the documents of one input set (the files of one e-mail): an edXML package is the same document as
 * the PDF or Word file beside it, so its fields win over the guessed ones and it adds no object of its own.
 */
final class InputSet {

    private InputSet() {}

    static List<ExtractedDocument> combine(List<ExtractedDocument> documents) {
        List<ExtractedDocument> edxml = documents.stream()
                .filter(d ->
                        d.ok() && d.source().toLowerCase(java.util.Locale.ROOT).endsWith(".edxml"))
                .toList();
        List<ExtractedDocument> others =
                documents.stream().filter(d -> !edxml.contains(d)).toList();
        List<ExtractedDocument> readable =
                others.stream().filter(ExtractedDocument::ok).toList();
        if (edxml.size() != 1 || readable.isEmpty()) {
            return documents;
        }
        DocumentMetadata sent = edxml.get(0).metadata();
        List<ExtractedDocument> out = new ArrayList<>();
        boolean merged = false;
        for (ExtractedDocument d : others) {
            if (!merged && d.ok() && !d.source().endsWith("#body")) {
                out.add(new ExtractedDocument(
                        d.source(),
                        sent.preferredOver(d.metadata()),
                        d.text(),
                        true,
                        d.needsOcr(),
                        d.notes(),
                        d.signatures(),
                        null));
                merged = true;
            } else {
                out.add(d);
            }
        }
        return merged ? out : documents;
    }
}
