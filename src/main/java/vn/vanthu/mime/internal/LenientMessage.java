package vn.vanthu.mime.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.SharedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link MimeMessage} whose header block ends where the headers really end (see {@link HeaderBlock}); its
 * content stays a substream of the shared input, so a big message is not copied.
 */
final class LenientMessage extends MimeMessage {

    /** Set by {@link #parse}, which runs inside the super constructor: no initialiser may reset it. */
    private List<String> headerProblems;

    /** Reads a message from a shared stream ({@link FileSlice} or {@code SharedByteArrayInputStream}). */
    LenientMessage(Session session, InputStream shared) throws MessagingException {
        super(session, shared);
    }

    List<String> headerProblems() {
        return headerProblems == null ? List.of() : headerProblems;
    }

    @Override
    protected void parse(InputStream in) throws MessagingException {
        headerProblems = new ArrayList<>();
        headers = new InternetHeaders();
        try {
            long bodyStart = HeaderBlock.read(in, headers, headerProblems);
            contentStream = ((SharedInputStream) in).newStream(bodyStart, -1);
        } catch (IOException e) {
            throw new MessagingException("Cannot read the header block", e);
        }
        modified = false;
    }
}
