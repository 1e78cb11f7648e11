package vn.vanthu.mailbox;

/**
 * A file attached to outgoing mail; its bytes are in the blob store, so a circular to a thousand units keeps the
 * PDF once.
 *
 * @param fileName the file name shown to the recipient
 * @param mediaType the media type
 * @param sha256 the blob's hash
 */
public record OutgoingAttachment(String fileName, String mediaType, String sha256) {}
