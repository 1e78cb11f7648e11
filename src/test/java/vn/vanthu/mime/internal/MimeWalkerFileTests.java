package vn.vanthu.mime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.ParsedMail;

class MimeWalkerFileTests {

    private static final int THIRTY_MB = 30 * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void readsAThirtyMegabyteAttachmentFromAFile() throws Exception {
        byte[] pdf = new byte[THIRTY_MB];
        new Random(30).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        Path file = folder.resolve("big.eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("From: phonggd@sonla.edu.vn\r\nTo: vanthu@localhost\r\nSubject: big\r\nMIME-Version: 1.0\r\n"
                            + "Content-Type: multipart/mixed; boundary=\"big\"\r\n\r\n--big\r\n"
                            + "Content-Type: text/plain; charset=utf-8\r\n\r\nTệp lớn.\r\n--big\r\n"
                            + "Content-Type: application/pdf; name=\"lon.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(Base64.getMimeEncoder().encode(pdf));
            out.write("\r\n--big--\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        ParsedMail mail = Mails.READER.read(file);

        MailPart part = mail.parts().get(0);
        assertThat(part.fileName()).isEqualTo("lon.pdf");
        assertThat(part.size()).isEqualTo(THIRTY_MB);
        assertThat(sha256(part.content())).isEqualTo(sha256(pdf));
        assertThat(mail.textBody()).isEqualTo("Tệp lớn.");
        assertThat(openDescriptorsOf(file)).isZero();
    }

    @Test
    void closesTheFileBeforeReturning() throws IOException {
        Path file = folder.resolve("copy.eml");
        Files.copy(Mails.path("forwarded-rfc822.eml"), file);

        Mails.READER.read(file);

        assertThat(openDescriptorsOf(file)).isZero();
    }

    @Test
    void throwsOnlyWhenTheFileCannotBeRead() {
        assertThatThrownBy(() -> Mails.READER.read(folder.resolve("missing.eml")))
                .isInstanceOf(NoSuchFileException.class);
    }

    /** Open descriptors of this JVM on the file, by /proc; zero where /proc is missing. */
    private static long openDescriptorsOf(Path file) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        Path target = file.toRealPath();
        try (Stream<Path> links = Files.list(fds)) {
            return links.filter(link -> {
                        try {
                            return Files.readSymbolicLink(link).equals(target);
                        } catch (IOException | UnsupportedOperationException e) {
                            return false;
                        }
                    })
                    .count();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
