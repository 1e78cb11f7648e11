package vn.vanthu.mime.internal;

import jakarta.mail.Session;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import vn.vanthu.mime.MailHeaders;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.MimeDefaults;
import vn.vanthu.mime.ParsedMail;

/**
 * The gateway's {@link MailReader}: Jakarta Mail splits the bytes, this walker does the walk, the decoding
 * and the naming (see {@link MessageWalk}).
 *
 * <p>Files are read through a shared stream ({@link FileSlice}, not Jakarta Mail's {@code SharedFileInputStream},
 * which would keep the file open), so parts are slices of the file rather than copies; the file is closed
 * before {@link #read(Path)} returns, when every part's bytes have been read.
 */
public final class MimeWalker implements MailReader {

    private final Session session;

    private MimeWalker() {
        this.session = Session.getInstance(new Properties());
    }

    /** A walker with the JVM-wide Jakarta Mail properties installed (see {@link MimeDefaults}). */
    public static MimeWalker create() {
        MimeDefaults.install();
        return new MimeWalker();
    }

    @Override
    public ParsedMail read(Path rawMessage) throws IOException {
        if (!Files.isRegularFile(rawMessage)) {
            throw new NoSuchFileException(rawMessage.toString());
        }
        try (FileSlice in = FileSlice.open(rawMessage)) {
            return walk(in);
        }
    }

    @Override
    public ParsedMail read(byte[] rawMessage) {
        return walk(new SharedByteArrayInputStream(rawMessage == null ? new byte[0] : rawMessage));
    }

    private ParsedMail walk(InputStream shared) {
        try {
            LenientMessage message = new LenientMessage(session, shared);
            return new MessageWalk(new WalkContext(session)).read(message, "", 0);
        } catch (Exception | StackOverflowError e) {
            return unreadable(e);
        }
    }

    private static ParsedMail unreadable(Throwable e) {
        String problem =
                "The message could not be read at all (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        return new ParsedMail(
                null,
                "",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                new MailHeaders(),
                "",
                null,
                List.of(),
                List.of(),
                List.of(problem));
    }
}
