package vn.vanthu.mime.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.ParsedMail;

/**
 * Whether a part of a given message is an official document.
 *
 * <p>Contract: MUST be true for a PDF, DOC, DOCX, ODT or RTF (by media type, extension or magic
 * bytes, so a mislabelled file still counts; a declared document that arrived empty counts too, so that the clerk
 * sees a letter whose file was lost on the way; a TNEF container is not one, the files inside it are) and for an edXML package ({@code .edxml}, or XML whose root is
 * edXML), inline or attached. SHOULD be true for an image that could be a scanned letter: JPEG, PNG, TIFF or
 * BMP of at least {@value #MIN_SCAN_BYTES} bytes. MUST NOT be true for pictures the HTML shows by {@code
 * cid:} (logos, signatures), whatever their size, nor for small images.
 */
final class IsDocumentPart implements Predicate<MailPart> {

    static final int MIN_SCAN_BYTES = 20 * 1024;

    private static final Set<String> DOCUMENT_TYPES = Set.of(
            MediaTypes.PDF,
            MediaTypes.DOC,
            MediaTypes.DOCX,
            MediaTypes.ODT,
            "application/rtf",
            "text/rtf",
            "application/x-pdf",
            "application/vnd.ms-word");
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "doc", "docx", "odt", "rtf", "edxml");
    private static final Set<String> SCAN_TYPES = Set.of("image/jpeg", "image/png", "image/tiff", "image/bmp");

    private final Set<String> shownInHtml;

    private IsDocumentPart(Set<String> shownInHtml) {
        this.shownInHtml = shownInHtml;
    }

    /** The rule for the parts of this message, knowing which Content-IDs its HTML (nested HTML too) shows. */
    static IsDocumentPart in(ParsedMail mail) {
        Set<String> shown = new HashSet<>();
        collectCids(mail, shown);
        return new IsDocumentPart(shown);
    }

    @Override
    public boolean test(MailPart part) {
        if (Tnef.isTnef(part.mediaType(), part.declaredFileName(), part.content())) {
            return false;
        }
        if (DOCUMENT_TYPES.contains(part.mediaType()) || DOCUMENT_EXTENSIONS.contains(part.extension())) {
            return true;
        }
        if (part.size() == 0) {
            return false;
        }
        String sniffed = MediaTypes.sniff(part.content());
        if (sniffed != null && DOCUMENT_TYPES.contains(sniffed) && !isOtherOfficeFile(part)) {
            return true;
        }
        if (isXml(part) && isEdXml(part.content())) {
            return true;
        }
        return SCAN_TYPES.contains(part.mediaType()) && part.size() >= MIN_SCAN_BYTES && !isShownInHtml(part);
    }

    private boolean isShownInHtml(MailPart part) {
        return part.contentId() != null && shownInHtml.contains(part.contentId().toLowerCase(Locale.ROOT));
    }

    private static boolean isOtherOfficeFile(MailPart part) {
        return Set.of("xls", "ppt", "msg", "xlsx", "pptx").contains(part.extension());
    }

    private static boolean isXml(MailPart part) {
        return part.mediaType().endsWith("/xml") || part.extension().equals("xml");
    }

    private static boolean isEdXml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        return head.contains("edXML") || head.contains("edxml:");
    }

    private static void collectCids(ParsedMail mail, Set<String> shown) {
        String html = mail.htmlBody() == null ? "" : mail.htmlBody().toLowerCase(Locale.ROOT);
        for (int at = html.indexOf("cid:"); at >= 0; at = html.indexOf("cid:", at + 4)) {
            int end = at + 4;
            while (end < html.length() && "\"' >)".indexOf(html.charAt(end)) < 0) {
                end++;
            }
            shown.add(html.substring(at + 4, end));
        }
        mail.nested().forEach(n -> collectCids(n, shown));
    }
}
