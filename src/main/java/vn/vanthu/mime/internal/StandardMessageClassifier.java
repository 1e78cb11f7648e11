package vn.vanthu.mime.internal;

import java.util.List;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.MessageClass;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;

/**
 * The gateway's {@link MessageClassifier}, composed of small predicates.
 *
 * <p>The order is the point: bounces first, because a bounce carries the original message with its PDF;
 * then read receipts, which also quote the original; then auto-replies, which often quote the letter they
 * answer; only then official documents, so that no automatic message is ever registered as a letter. Bulk
 * and list mail comes after documents, because offices do send letters through mailing lists, and a reply
 * is the last thing a message can be, because a reply that carries a document is a document (the receipt
 * module still sees its In-Reply-To). Stateless and thread-safe.
 */
public final class StandardMessageClassifier implements MessageClassifier {

    private final IsBounce isBounce = new IsBounce();
    private final IsReadReceipt isReadReceipt = new IsReadReceipt();
    private final IsAutoReply isAutoReply = new IsAutoReply();
    private final HasDocumentAttachment hasDocument = new HasDocumentAttachment();
    private final HasLetterInBody hasLetter = new HasLetterInBody();
    private final IsBulkMail isBulk = new IsBulkMail();
    private final IsReply isReply = new IsReply();

    private StandardMessageClassifier() {}

    /** The standard classifier. */
    public static StandardMessageClassifier create() {
        return new StandardMessageClassifier();
    }

    @Override
    public MessageClass classify(ParsedMail mail) {
        if (isBounce.test(mail)) {
            return MessageClass.BOUNCE;
        }
        if (isReadReceipt.test(mail)) {
            return MessageClass.READ_RECEIPT;
        }
        if (isAutoReply.test(mail)) {
            return MessageClass.AUTO_REPLY;
        }
        if (hasDocument.test(mail) || hasLetter.test(mail)) {
            return MessageClass.OFFICIAL_DOCUMENT;
        }
        if (isBulk.test(mail)) {
            return MessageClass.AUTO_REPLY;
        }
        return isReply.test(mail) ? MessageClass.DELIVERY_REPLY : MessageClass.OTHER;
    }

    @Override
    public List<MailPart> documentParts(ParsedMail mail) {
        return HasDocumentAttachment.documents(mail);
    }

    @Override
    public boolean bodyIsDocument(ParsedMail mail) {
        return hasLetter.test(mail);
    }
}
