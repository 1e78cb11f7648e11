package vn.vanthu.mime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.mime.MailAddress;
import vn.vanthu.mime.MailHeaders;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.ParsedMail;

/** Test fixtures: the {@code .eml} files under {@code src/test/resources/mail} and a small mail builder. */
final class Mails {

    static final MimeWalker READER = MimeWalker.create();

    private Mails() {}

    static Path path(String name) {
        try {
            return Path.of(Mails.class.getResource("/mail/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    static ParsedMail read(String name) {
        try {
            return READER.read(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedMail read(String name, String raw) {
        return READER.read(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static MailPart part(ParsedMail mail, String fileName) {
        return mail.parts().stream()
                .filter(p -> p.fileName().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no part " + fileName + " in "
                        + mail.parts().stream().map(MailPart::fileName).toList()));
    }

    static Builder mail() {
        return new Builder();
    }

    /** Builds a {@link ParsedMail} directly, for predicate tests that vary one thing at a time. */
    static final class Builder {
        private final MailHeaders headers = new MailHeaders();
        private String subject = "";
        private MailAddress from = new MailAddress("truong@sonla.edu.vn", null);
        private final List<MailAddress> to = new ArrayList<>(List.of(new MailAddress("vanthu@localhost", null)));
        private final List<String> inReplyTo = new ArrayList<>();
        private String text = "";
        private String html;
        private final List<MailPart> parts = new ArrayList<>();

        Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        Builder subject(String value) {
            subject = value;
            return header("Subject", value);
        }

        Builder from(String address, String name) {
            from = new MailAddress(address, name);
            return this;
        }

        Builder to(String address) {
            to.clear();
            to.add(new MailAddress(address, null));
            return this;
        }

        Builder inReplyTo(String id) {
            inReplyTo.add(id);
            return this;
        }

        Builder text(String value) {
            text = value;
            return this;
        }

        Builder html(String value) {
            html = value;
            return this;
        }

        Builder part(String fileName, String mediaType, MailPart.Disposition disposition, byte[] content, String cid) {
            parts.add(new MailPart(
                    Integer.toString(parts.size() + 2), fileName, fileName, mediaType, disposition, content, cid));
            return this;
        }

        ParsedMail build() {
            return new ParsedMail(
                    "<t@example>",
                    subject,
                    from,
                    null,
                    List.of(),
                    to,
                    List.of(),
                    null,
                    inReplyTo,
                    List.of(),
                    headers,
                    text,
                    html,
                    parts,
                    List.of(),
                    List.of());
        }
    }
}
