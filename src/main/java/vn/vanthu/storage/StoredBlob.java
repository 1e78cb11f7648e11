package vn.vanthu.storage;

/**
 * A blob kept in the {@link BlobStore}.
 *
 * @param sha256 the lower-case hex SHA-256 of the bytes, which is also the blob's name
 * @param size the number of bytes
 */
public record StoredBlob(String sha256, long size) {}
