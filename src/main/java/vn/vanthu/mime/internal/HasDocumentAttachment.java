package vn.vanthu.mime.internal;

import java.util.List;
import java.util.function.Predicate;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.ParsedMail;

/**
 * Whether a message carries an official document as a file.
 *
 * <p>Contract: MUST be true when at least one part, forwarded messages' parts included, satisfies {@link
 * IsDocumentPart}; MUST be false for a message whose only pictures are logos and signatures.
 */
final class HasDocumentAttachment implements Predicate<ParsedMail> {

    @Override
    public boolean test(ParsedMail mail) {
        return !documents(mail).isEmpty();
    }

    /** The document parts in message order. */
    static List<MailPart> documents(ParsedMail mail) {
        IsDocumentPart isDocument = IsDocumentPart.in(mail);
        return mail.parts().stream().filter(isDocument).toList();
    }
}
