package vn.vanthu.mime.internal;

import java.util.List;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.MessageClass;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;

/** Placeholder until the classifier lands. */
public final class StandardMessageClassifier implements MessageClassifier {
    public static StandardMessageClassifier create() {
        return new StandardMessageClassifier();
    }

    @Override
    public MessageClass classify(ParsedMail mail) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<MailPart> documentParts(ParsedMail mail) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public boolean bodyIsDocument(ParsedMail mail) {
        throw new UnsupportedOperationException("not yet");
    }
}
