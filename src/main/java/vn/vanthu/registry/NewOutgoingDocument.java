package vn.vanthu.registry;

import java.util.List;
import vn.vanthu.extraction.DocumentMetadata;

/**
 * A command to issue (or reserve a number for) an outgoing document.
 *
 * @param organizationId the issuing organization, whose outgoing register numbers it
 * @param metadata the fields; the code number is ignored (the register gives it), the code notation is kept
 * @param text the document's text, for search
 * @param files the document and its appendices
 * @param actor who issues it ("nguyenvana", or "b thay mặt a")
 * @param source where it came from ("Tải lên: cv-05.pdf"), for the history
 */
public record NewOutgoingDocument(
        long organizationId, DocumentMetadata metadata, String text, List<NewFile> files, String actor, String source) {

    public NewOutgoingDocument {
        files = List.copyOf(files);
    }
}
