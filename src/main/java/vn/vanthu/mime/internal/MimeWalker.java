package vn.vanthu.mime.internal;

import java.io.IOException;
import java.nio.file.Path;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.ParsedMail;

/** Placeholder until the MIME walker lands. */
public final class MimeWalker implements MailReader {
    public static MimeWalker create() {
        return new MimeWalker();
    }

    @Override
    public ParsedMail read(Path rawMessage) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public ParsedMail read(byte[] rawMessage) {
        throw new UnsupportedOperationException("not yet");
    }
}
