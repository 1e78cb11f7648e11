package vn.vanthu.mailbox.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The few top-level headers the ledger keeps, read from the stored raw message without parsing its body.
 *
 * @param messageId the Message-ID as given, or {@code null}
 * @param from the From header, decoded, or {@code null}
 * @param subject the Subject header, decoded, or {@code null}
 */
record RawHeaders(String messageId, String from, String subject) {

    static RawHeaders read(Path raw) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(raw))) {
            InternetHeaders headers = new InternetHeaders(in);
            return new RawHeaders(
                    unfold(headers.getHeader("Message-ID", null)),
                    decode(headers.getHeader("From", null)),
                    decode(headers.getHeader("Subject", null)));
        } catch (MessagingException | RuntimeException e) {
            // Headers that cannot be parsed at all: the ledger falls back to the hash, the pipeline reports why.
            return new RawHeaders(null, null, null);
        }
    }

    private static String unfold(String value) {
        return value == null ? null : MimeUtility.unfold(value).trim();
    }

    private static String decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(unfold(value));
        } catch (IOException | RuntimeException e) {
            return unfold(value);
        }
    }
}
