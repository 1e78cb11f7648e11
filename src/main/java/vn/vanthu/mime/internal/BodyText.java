package vn.vanthu.mime.internal;

/**
 * Collects a message's own text: the first text/plain and the first text/html that are not attachments.
 *
 * <p>Apple Mail splits a body around inline pictures into several text parts of one {@code multipart/mixed}:
 * later plain parts of a mixed multipart are appended rather than treated as files. Without a plain part,
 * the text is the HTML converted to text.
 */
final class BodyText {

    private final StringBuilder plain = new StringBuilder();
    private boolean hasPlain;
    private String html;

    /** Whether a text part of this type, inside a multipart of that subtype, belongs to the body. */
    boolean accepts(String mediaType, String parentSubtype) {
        if (mediaType.equals("text/plain")) {
            return !hasPlain || parentSubtype.equals("mixed");
        }
        return html == null;
    }

    void add(String mediaType, String text) {
        if (mediaType.equals("text/html")) {
            html = text;
        } else if (hasPlain) {
            plain.append(plain.length() == 0 || plain.charAt(plain.length() - 1) == '\n' ? "" : "\n")
                    .append(text);
        } else {
            plain.append(text);
            hasPlain = true;
        }
    }

    String text() {
        if (hasPlain) {
            return plain.toString().replace("\r\n", "\n");
        }
        return html == null ? "" : HtmlText.toText(html);
    }

    String html() {
        return html;
    }
}
