package vn.vanthu.mailbox.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vanthu.storage.BlobStore;

/**
 * The attachments of the last messages sent, kept in memory base64-encoded up to a size: a circular sends the same
 * PDF to every unit, and reading and encoding it a thousand times costs more than the sending.
 */
final class AttachmentCache {

    private final BlobStore blobs;
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> recent = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    AttachmentCache(BlobStore blobs, long maxBytes) {
        this.blobs = blobs;
        this.maxBytes = maxBytes;
    }

    /** The blob in MIME base64 (76-character lines, CRLF), as it goes into a message. */
    synchronized byte[] readEncoded(String sha256) throws IOException {
        byte[] content = recent.get(sha256);
        if (content != null) {
            return content;
        }
        content = java.util.Base64.getMimeEncoder().encode(blobs.read(sha256));
        if (content.length <= maxBytes / 4) {
            recent.put(sha256, content);
            bytes += content.length;
            evict();
        }
        return content;
    }

    private void evict() {
        Iterator<Map.Entry<String, byte[]>> oldest = recent.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }
}
