package vn.vanthu.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writes raw messages by hand, for shapes a mail library would refuse to produce (broken, hostile). */
public final class RawMail {

    private final StringBuilder headers = new StringBuilder();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final String boundary = "=_vanthu_test_boundary";

    private RawMail() {}

    public static RawMail from(String from, String to, String subject) {
        RawMail mail = new RawMail();
        mail.header("From", from).header("To", to).header("Subject", subject);
        mail.header("Date", "Thu, 26 Nov 2026 08:00:00 +0700").header("MIME-Version", "1.0");
        return mail;
    }

    public RawMail header(String name, String value) {
        headers.append(name).append(": ").append(value).append("\r\n");
        return this;
    }

    /** A text part. */
    public RawMail text(String text) {
        write("--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n");
        return this;
    }

    /** A base64 attachment with the file name as given (no encoding, no sanitising). */
    public RawMail attachment(String fileName, String mediaType, byte[] content) {
        write("--" + boundary + "\r\nContent-Type: " + mediaType + "; name=\"" + fileName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n");
        write(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(content) + "\r\n");
        return this;
    }

    /** The message with its closing boundary. */
    public byte[] toBytes() {
        return build(true);
    }

    /** The message without its closing boundary, as truncated or careless senders produce. */
    public byte[] withoutClosingBoundary() {
        return build(false);
    }

    private byte[] build(boolean close) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = headers + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "This is a multi-part message in MIME format.\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body.toByteArray());
        if (close) {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
