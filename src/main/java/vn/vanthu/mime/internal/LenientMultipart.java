package vn.vanthu.mime.internal;

import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.SharedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;

/**
 * A {@link MimeMultipart} whose parts read their headers as {@link HeaderBlock} does and keep their content as
 * a substream of the shared input.
 *
 * <p>Besides the leniency, this avoids Jakarta Mail 2.1's {@code InternetHeaders(InputStream)}, which looks
 * up its stream provider through the {@code ServiceLoader} for every part: a message with a thousand parts
 * took seconds.
 */
final class LenientMultipart extends MimeMultipart {

    LenientMultipart(DataSource source) throws MessagingException {
        super(source);
    }

    @Override
    protected MimeBodyPart createMimeBodyPart(InputStream in) throws MessagingException {
        if (!(in instanceof SharedInputStream shared)) {
            return super.createMimeBodyPart(in);
        }
        InternetHeaders headers = new InternetHeaders();
        try {
            // A part that starts without headers is ordinary (digest parts, bare text): nothing to report.
            long bodyStart = HeaderBlock.read(in, headers, new ArrayList<>());
            return new Part(headers, shared.newStream(bodyStart, -1));
        } catch (IOException e) {
            throw new MessagingException("Cannot read the headers of a part", e);
        }
    }

    /** A body part over a substream. */
    private static final class Part extends MimeBodyPart {
        Part(InternetHeaders headers, InputStream content) throws MessagingException {
            super(headers, new byte[0]);
            this.content = null;
            this.contentStream = content;
        }
    }
}
