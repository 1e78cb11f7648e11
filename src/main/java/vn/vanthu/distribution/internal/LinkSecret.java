package vn.vanthu.distribution.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import vn.vanthu.storage.StorageProperties;

/**
 * The installation's secret for signing links: 32 random bytes in {@code <data-dir>/link-secret} (mode 600),
 * made on first start and shared by every node that shares the data folder.
 */
@Component
public class LinkSecret {

    private final byte[] bytes;

    LinkSecret(StorageProperties storage) {
        this.bytes = loadOrCreate(storage.dataDir().resolve("link-secret"));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length < 32) {
                throw new IllegalStateException("The link secret " + file + " is too short");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    /** Writes the secret to a private temporary file and moves it into place, so no node reads half a secret. */
    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        Path temp;
        try {
            temp = Files.createTempFile(
                    file.getParent(),
                    "link-secret",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            temp = Files.createTempFile(file.getParent(), "link-secret", ".tmp");
        }
        Files.write(temp, secret);
        try {
            Files.move(temp, file);
        } catch (FileAlreadyExistsException e) {
            // Another node made it first; read theirs.
            Files.deleteIfExists(temp);
        }
    }
}
