package vn.vanthu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps blobs on disk under their SHA-256 ({@code blobs/ab/abcdef…}), written once and never rewritten.
 *
 * <p>A blob is streamed to a temporary file while it is hashed, forced to disk, then moved into place
 * atomically, so a crash leaves either the whole blob or none of it, and a big message never sits in memory.
 */
@Component
@EnableConfigurationProperties(StorageProperties.class)
public class BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path blobs;
    private final Path incoming;

    public BlobStore(StorageProperties properties) {
        this.blobs = properties.dataDir().resolve("blobs");
        this.incoming = properties.dataDir().resolve("tmp");
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + properties.dataDir(), e);
        }
    }

    /** Stores what the writer writes and returns its hash and size; storing the same bytes twice is a no-op. */
    public StoredBlob put(BlobWriter writer) throws IOException {
        Path temp = Files.createTempFile(incoming, "blob-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream file = Files.newOutputStream(temp);
                    CountingOutputStream counter = new CountingOutputStream(file);
                    DigestOutputStream out = new DigestOutputStream(counter, digest)) {
                writer.writeTo(out);
                out.flush();
                size = counter.count();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw BlobWriter.asIoException(e);
            }
            forceToDisk(temp);
            String hash = HexFormat.of().formatHex(digest.digest());
            moveIntoPlace(temp, pathOf(hash));
            return new StoredBlob(hash, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Stores bytes held in memory. */
    public StoredBlob put(byte[] bytes) throws IOException {
        return put(BlobWriter.of(bytes));
    }

    /** The file of a stored blob; it exists when the blob was stored. */
    public Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return blobs.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Whether the blob is stored. */
    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    /** Opens a stored blob for reading. */
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    /** Reads a stored blob into memory. */
    public byte[] read(String sha256) throws IOException {
        return Files.readAllBytes(pathOf(sha256));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another thread stored the same bytes first: the blob is there, which is all we need.
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
