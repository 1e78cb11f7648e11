package vn.vanthu.mime;

/**
 * A decoded leaf part of a message that is not the message's own text: an attachment, an inline file, a
 * part of a forwarded message, or a machine-readable report (delivery status, disposition notification).
 *
 * @param path the structural position, such as {@code 2} or {@code 2.1.3} (parts of nested messages
 *     included), stable for the same raw bytes
 * @param fileName a safe file name, unique within the message: no directory parts, no control characters;
 *     made up from the media type when the message gives none
 * @param declaredFileName the file name as the message declared it (decoded), or {@code null}
 * @param mediaType the lower-case {@code type/subtype} without parameters; {@code application/octet-stream}
 *     when the declared one cannot be read
 * @param disposition whether the sender meant it as an attachment or inline
 * @param content the decoded bytes (transfer encoding removed)
 * @param contentId the Content-ID without angle brackets, or {@code null}; lets a reader tell pictures
 *     embedded in the HTML (logos, signatures) from attached ones
 */
public record MailPart(
        String path,
        String fileName,
        String declaredFileName,
        String mediaType,
        Disposition disposition,
        byte[] content,
        String contentId) {

    /** A part without a Content-ID. */
    public MailPart(
            String path,
            String fileName,
            String declaredFileName,
            String mediaType,
            Disposition disposition,
            byte[] content) {
        this(path, fileName, declaredFileName, mediaType, disposition, content, null);
    }

    /** How the sender meant a part to be shown. */
    public enum Disposition {
        ATTACHMENT,
        INLINE
    }

    /** The size of the decoded content in bytes. */
    public long size() {
        return content.length;
    }

    /** The lower-case extension of {@link #fileName()} without the dot, or an empty string. */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
