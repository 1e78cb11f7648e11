package vn.vanthu.mime.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.util.List;
import vn.vanthu.mime.MailPart.Disposition;

/**
 * What the headers of one MIME entity say about it, read leniently and decoded.
 *
 * @param mediaType the clean lower-case {@code type/subtype}
 * @param contentType the Content-Type value and parameters (charset, boundary, name, report-type)
 * @param dispositionHeader whether a Content-Disposition header is present
 * @param attachment whether Content-Disposition says attachment
 * @param encoding the Content-Transfer-Encoding
 * @param contentId the Content-ID without angle brackets, or {@code null}
 * @param declaredFileName the decoded file name (Content-Disposition filename, else Content-Type name)
 */
record PartInfo(
        String mediaType,
        HeaderParameters contentType,
        boolean dispositionHeader,
        boolean attachment,
        TransferDecoding.Encoding encoding,
        String contentId,
        String declaredFileName) {

    /** Reads an entity's headers; {@code defaultType} applies when it has no Content-Type (digest parts). */
    static PartInfo of(Part entity, String defaultType, String path, List<String> problems) {
        String rawType = header(entity, "Content-Type");
        HeaderParameters contentType = HeaderParameters.parse(rawType == null ? defaultType : rawType);
        String mediaType = MediaTypes.clean(contentType.value());
        if (rawType != null && !mediaType.equals(contentType.value())) {
            problems.add("Part " + path + ": unreadable Content-Type '" + Addresses.abbreviate(rawType) + "', read as "
                    + mediaType);
        }
        HeaderParameters disposition = HeaderParameters.parse(header(entity, "Content-Disposition"));
        String fileName = disposition.get("filename");
        fileName = fileName != null ? fileName : contentType.get("name");
        String rawEncoding = header(entity, "Content-Transfer-Encoding");
        TransferDecoding.Encoding encoding = TransferDecoding.Encoding.of(rawEncoding);
        if (encoding == TransferDecoding.Encoding.UNKNOWN) {
            problems.add("Part " + path + ": unknown Content-Transfer-Encoding '" + Addresses.abbreviate(rawEncoding)
                    + "', content kept as it is");
        }
        return new PartInfo(
                mediaType,
                contentType,
                !disposition.value().isEmpty(),
                disposition.value().startsWith("attachment"),
                encoding,
                contentId(header(entity, "Content-ID")),
                fileName);
    }

    /** The disposition the sender meant: the header's, else inline for embedded or unnamed parts. */
    Disposition disposition(boolean inRelated) {
        if (dispositionHeader) {
            return attachment ? Disposition.ATTACHMENT : Disposition.INLINE;
        }
        boolean embedded = inRelated && contentId != null;
        return declaredFileName != null && !embedded ? Disposition.ATTACHMENT : Disposition.INLINE;
    }

    /** Whether this is a text/plain or text/html entity that can be the message's own text. */
    boolean isBodyText() {
        boolean text = mediaType.equals("text/plain") || mediaType.equals("text/html");
        return text && !attachment && declaredFileName == null;
    }

    String charset() {
        return contentType.get("charset");
    }

    static String header(Part entity, String name) {
        try {
            String[] values = entity.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String contentId(String raw) {
        if (raw == null) {
            return null;
        }
        String id = EncodedWords.unfold(raw).trim();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).trim();
        }
        return id.isEmpty() ? null : id;
    }
}
