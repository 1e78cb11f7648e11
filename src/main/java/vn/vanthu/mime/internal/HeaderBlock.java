package vn.vanthu.mime.internal;

import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.SharedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the header block of a message or part from a shared stream and says where the body starts.
 *
 * <p>Jakarta Mail reads header lines up to the first blank line, so a message whose body starts without one
 * (or that has no headers at all) has its body read as headers. Here a line is a header only when it looks
 * like one ({@code name:} or a folded continuation); an mbox {@code From } line before the headers is
 * skipped; the body starts at the first line that is neither. Lines keep one char per byte, which {@link
 * TextDecoding#repairEightBit} turns back into text later.
 */
final class HeaderBlock {

    private static final Pattern FIELD = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:.*", Pattern.DOTALL);
    private static final int MAX_HEADER_LINES = 10_000;

    private HeaderBlock() {}

    /** Adds the header lines to {@code headers}; returns the body's position in {@code in}. */
    static long read(InputStream in, InternetHeaders headers, List<String> problems) throws IOException {
        SharedInputStream shared = (SharedInputStream) in;
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
                problems.add("Skipped an mbox 'From ' line before the headers");
            } else if ((continuation || FIELD.matcher(line).matches()) && lines < MAX_HEADER_LINES) {
                headers.addHeaderLine(line + "\r\n");
                lines++;
            } else {
                problems.add(
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
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
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
