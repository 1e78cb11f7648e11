package vn.vanthu.registry;

import java.util.List;
import vn.vanthu.extraction.DocumentMetadata;

/**
 * A command to take an incoming document into an organization's books: registered at once, or held as
 * pending with a reason.
 *
 * @param organizationId the receiving organization
 * @param metadata the header fields read from the document
 * @param text the document's text, for search
 * @param files the document and the files that came with it
 * @param register whether to register it now; when {@code false} it waits as pending
 * @param pendingReason why it waits, in Vietnamese; {@code null} when registered now
 * @param senderEmail the address it came from, or {@code null}
 * @param source where it came from ({@code mailbox:INBOX letter.pdf}), for the history
 * @param inboundMessageId the received message it came in, or {@code null}
 * @param sourcePart which part of that message ({@code body}, {@code 2}, {@code 2.1}), unique per message
 * @param replyToMessageId the Message-ID to answer when acknowledging, or {@code null}
 * @param acknowledge whether the sender should get an acknowledgement once it is registered
 */
public record NewIncomingDocument(
        long organizationId,
        DocumentMetadata metadata,
        String text,
        List<NewFile> files,
        boolean register,
        String pendingReason,
        String senderEmail,
        String source,
        Long inboundMessageId,
        String sourcePart,
        String replyToMessageId,
        boolean acknowledge) {

    public NewIncomingDocument {
        files = List.copyOf(files);
    }
}
