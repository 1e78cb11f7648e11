package vn.vanthu.storage;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a blob's bytes to a stream; lets a producer such as a mail message stream straight to disk. */
@FunctionalInterface
public interface BlobWriter {

    /** Writes every byte of the blob to {@code out}; MUST NOT close it. */
    void writeTo(OutputStream out) throws Exception;

    /** A writer of bytes held in memory. */
    static BlobWriter of(byte[] bytes) {
        return out -> out.write(bytes);
    }

    /** Turns any failure of a writer into an {@link IOException}. */
    static IOException asIoException(Exception e) {
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
}
