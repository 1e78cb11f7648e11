package vn.vanthu.registry;

/**
 * A file to keep with a document; its bytes are already in the blob store.
 *
 * @param role what it is to the document: {@code ORIGINAL} (the document itself), {@code EDXML}, {@code
 *     ATTACHMENT} (another file of the same letter), {@code MAIL} (the e-mail it came in)
 * @param fileName the file name to show and download under
 * @param mediaType the media type
 * @param size the number of bytes
 * @param sha256 the blob's hash
 */
public record NewFile(String role, String fileName, String mediaType, long size, String sha256) {}
