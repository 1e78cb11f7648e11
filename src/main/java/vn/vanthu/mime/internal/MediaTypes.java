package vn.vanthu.mime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Media types, file extensions and magic bytes, and how one is guessed from the others.
 *
 * <p>Senders label documents badly (a PDF as {@code application/octet-stream}, a DOCX as {@code
 * application/zip}): a generic declared type is replaced by what the content's magic bytes say, then by what
 * the file name's extension says.
 */
final class MediaTypes {

    static final String OCTET_STREAM = "application/octet-stream";
    static final String PDF = "application/pdf";
    static final String DOC = "application/msword";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF),
            Map.entry("doc", DOC),
            Map.entry("docx", DOCX),
            Map.entry("odt", ODT),
            Map.entry("rtf", "application/rtf"),
            Map.entry("edxml", "application/xml"),
            Map.entry("xml", "application/xml"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("zip", "application/zip"),
            Map.entry("rar", "application/vnd.rar"),
            Map.entry("txt", "text/plain"),
            Map.entry("htm", "text/html"),
            Map.entry("html", "text/html"),
            Map.entry("eml", "message/rfc822"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("dat", "application/ms-tnef"));

    private static final Map<String, String> EXTENSION_BY_TYPE = Map.ofEntries(
            Map.entry(PDF, "pdf"),
            Map.entry(DOC, "doc"),
            Map.entry(DOCX, "docx"),
            Map.entry(ODT, "odt"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("text/rtf", "rtf"),
            Map.entry("application/xml", "xml"),
            Map.entry("text/xml", "xml"),
            Map.entry("application/zip", "zip"),
            Map.entry("text/plain", "txt"),
            Map.entry("text/html", "html"),
            Map.entry("text/calendar", "ics"),
            Map.entry("message/rfc822", "eml"),
            Map.entry("message/delivery-status", "txt"),
            Map.entry("message/disposition-notification", "txt"),
            Map.entry("text/rfc822-headers", "txt"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"),
            Map.entry("image/gif", "gif"),
            Map.entry("image/tiff", "tif"),
            Map.entry("image/bmp", "bmp"),
            Map.entry("application/ms-tnef", "dat"),
            Map.entry("application/vnd.ms-tnef", "dat"));

    private static final Set<String> GENERIC = Set.of(
            OCTET_STREAM,
            "binary/octet-stream",
            "application/unknown",
            "application/x-unknown",
            "application/download",
            "application/x-download",
            "application/force-download",
            "application/save",
            "application/binary",
            "application/zip",
            "application/x-zip-compressed");

    private MediaTypes() {}

    /** A clean {@code type/subtype}, or {@link #OCTET_STREAM} when the declared one is unreadable. */
    static String clean(String declared) {
        String type = declared == null ? "" : declared.trim().toLowerCase(Locale.ROOT);
        if (type.equals("text")) {
            return "text/plain"; // old mailers wrote the type without a subtype
        }
        return type.matches("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*") ? type : OCTET_STREAM;
    }

    /** The media type of a leaf: the declared one unless generic, then magic bytes, then the extension. */
    static String resolve(String declared, String fileName, byte[] content) {
        if (!GENERIC.contains(declared)) {
            return declared;
        }
        String byName = fileName == null ? null : BY_EXTENSION.get(extension(fileName));
        String sniffed = sniff(content);
        // OLE2 holds Excel, PowerPoint and Outlook files too: only the name tells them from Word.
        if (sniffed != null && !(sniffed.equals(DOC) && byName != null)) {
            return sniffed;
        }
        return byName != null && !byName.equals("application/ms-tnef") ? byName : declared;
    }

    /** The usual extension of a media type, or {@code bin}. */
    static String extensionFor(String mediaType) {
        return EXTENSION_BY_TYPE.getOrDefault(mediaType, "bin");
    }

    /** What the first bytes say: PDF, DOCX or ODT (zip), OLE2 Word, RTF, or {@code null}. */
    static String sniff(byte[] content) {
        if (content == null || content.length < 4) {
            return null;
        }
        String head = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF-") || head.indexOf("%PDF-") >= 0 && head.indexOf("%PDF-") < 1024) {
            return PDF;
        }
        if (head.startsWith("{\\rtf")) {
            return "application/rtf";
        }
        if (head.startsWith("PK\u0003\u0004")) {
            return zipType(content);
        }
        if (head.startsWith("\u00D0\u00CF\u0011\u00E0")) {
            return DOC;
        }
        return null;
    }

    private static String zipType(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument.text")) {
            return ODT;
        }
        if (head.contains("word/")) {
            return DOCX;
        }
        if (head.contains("xl/")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return "application/zip";
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the extension is one this class knows a media type for. */
    static boolean isKnownExtension(String extension) {
        return BY_EXTENSION.containsKey(extension.toLowerCase(Locale.ROOT));
    }
}
