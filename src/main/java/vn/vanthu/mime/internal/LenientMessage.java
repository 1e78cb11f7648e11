package vn.vanthu.mime.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.SharedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link MimeMessage} whose header block ends where the headers really end.
 *
 * <p>Jakarta Mail reads header lines up to the first blank line, so a message whose body starts without
 * one (or that has no headers at all) has its body read as headers. This reads a line as a header only when
 * it looks like one ({@code name:} or a folded continuation), skips an mbox {@code From } line, and lets the
 * body start at the first line that is neither. The content stays a substream of the shared input, so a big
 * message is not copied.
 */
final class LenientMessage extends MimeMessage {

    private static final Pattern FIELD = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:.*", Pattern.DOTALL);
    private static final int MAX_HEADER_LINES = 10_000;

    /** Set by {@link #parse}, which runs inside the super constructor: no initialiser may reset it. */
    private List<String> headerProblems;

    /** Reads a message from a shared stream ({@code SharedFileInputStream} or {@code SharedByteArrayInputStream}). */
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
        SharedInputStream shared = (SharedInputStream) in;
        try {
            long bodyStart = readHeaders(in, shared);
            contentStream = shared.newStream(bodyStart, -1);
        } catch (IOException e) {
            throw new MessagingException("Cannot read the header block", e);
        }
        modified = false;
    }

    private long readHeaders(InputStream in, SharedInputStream shared) throws IOException {
        int lines = 0;
        while (true) {
            long lineStart = shared.getPosition();
            byte[] raw = readLine(in);
            if (raw == null || raw.length == 0) {
                return shared.getPosition();
            }
            String line = new String(raw, StandardCharsets.ISO_8859_1);
            boolean continuation = (line.charAt(0) == ' ' || line.charAt(0) == '\t') && lines > 0;
            if (lines == 0 && line.startsWith("From ")) {
                headerProblems.add("Skipped an mbox 'From ' line before the headers");
            } else if ((continuation || FIELD.matcher(line).matches()) && lines < MAX_HEADER_LINES) {
                headers.addHeaderLine(line + "\r\n");
                lines++;
            } else {
                headerProblems.add(
                        lines == 0
                                ? "The message has no header block; everything was read as body"
                                : "The header block does not end with a blank line; the body was taken to start at '"
                                        + Addresses.abbreviate(TextDecoding.repairEightBit(line)) + "'");
                return lineStart;
            }
        }
    }

    /** One line without its terminator (CR, LF or CRLF), or {@code null} at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(128);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (b == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                break;
            }
            line.write(b);
            b = in.read();
        }
        return line.toByteArray();
    }
}
