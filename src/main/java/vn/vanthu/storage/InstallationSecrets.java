package vn.vanthu.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The installation's secrets: 32 random bytes each in {@code <data-dir>/<name>} (mode 600), made on first use and
 * shared by every node that shares the data folder (as nodes must, for the blob store).
 */
@Component
public class InstallationSecrets {

    private final Path dataDir;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    public InstallationSecrets(StorageProperties storage) {
        this.dataDir = storage.dataDir();
    }

    /** The secret of this name, made now if the installation has none yet. */
    public byte[] get(String name) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("Tên khóa không hợp lệ: " + name);
        }
        return loaded.computeIfAbsent(name, n -> loadOrCreate(dataDir.resolve(n)))
                .clone();
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length < 32) {
                throw new IllegalStateException("The secret " + file + " is too short");
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
        String prefix = file.getFileName().toString();
        Path temp;
        try {
            temp = Files.createTempFile(
                    file.getParent(),
                    prefix,
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            temp = Files.createTempFile(file.getParent(), prefix, ".tmp");
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
