package vn.vanthu.mime;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads raw RFC 5322 messages into {@link ParsedMail}s.
 *
 * <p>Implementations MUST NOT throw on malformed MIME (broken boundaries, bad encodings, bad headers): they
 * read what can be read and list the rest in {@link ParsedMail#problems()}. They MUST throw {@link
 * IOException} only when the bytes cannot be read at all.
 */
public interface MailReader {

    /** Reads a message stored in a file; the file is not kept open after the call returns. */
    ParsedMail read(Path rawMessage) throws IOException;

    /** Reads a message held in memory. */
    ParsedMail read(byte[] rawMessage);

    /** The standard reader, for use outside a Spring context (the command line). */
    static MailReader standard() {
        return vn.vanthu.mime.internal.MimeWalker.create();
    }
}
