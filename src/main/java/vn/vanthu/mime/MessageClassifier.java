package vn.vanthu.mime;

import java.util.List;

/**
 * Decides the {@link MessageClass} of a message and which of its parts are official documents.
 *
 * <p>Bounces, read receipts and auto-replies are recognised before anything else, so that an automatic
 * message that quotes a document is never taken for the document.
 */
public interface MessageClassifier {

    /** The class of the message. */
    MessageClass classify(ParsedMail mail);

    /**
     * The parts that are official documents (PDF, DOC, DOCX, ODT, RTF, {@code .edxml}, images of scanned
     * letters), in message order; forwarded messages' documents included.
     */
    List<MailPart> documentParts(ParsedMail mail);

    /** Whether the message's own text reads as an official letter (number, date line, summary). */
    boolean bodyIsDocument(ParsedMail mail);

    /** The standard classifier, for use outside a Spring context. */
    static MessageClassifier standard() {
        return vn.vanthu.mime.internal.StandardMessageClassifier.create();
    }
}
