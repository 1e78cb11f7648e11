package vn.vanthu.registry;

/**
 * A file kept with a document.
 *
 * @param id the identifier
 * @param role what it is to the document (see {@link NewFile#role()})
 * @param fileName the file name
 * @param mediaType the media type
 * @param size the number of bytes
 * @param sha256 the blob's hash
 */
public record DocumentFile(long id, String role, String fileName, String mediaType, long size, String sha256) {}
