package vn.vanthu.distribution;

/**
 * A file a clerk uploaded.
 *
 * @param fileName the file name
 * @param mediaType the media type, or {@code null} to detect it
 * @param content the bytes
 */
public record UploadedFile(String fileName, String mediaType, byte[] content) {}
