package vn.vanthu.extraction.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of file the reader tells apart, from the content first and the name and declared type second. */
enum FileKind {
    PDF,
    DOCX,
    DOC,
    ODT,
    RTF,
    HTML,
    TEXT,
    IMAGE,
    EDXML,
    OTHER;

    static FileKind detect(String fileName, String mediaType, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")
                || head.substring(0, Math.min(head.length(), 1024)).contains("%PDF-")) {
            return PDF;
        }
        if (head.startsWith("PK")) {
            return head.contains("opendocument.text") || name.endsWith(".odt")
                    ? ODT
                    : head.contains("word/") || name.endsWith(".docx") ? DOCX : OTHER;
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return name.endsWith(".doc") || type.contains("msword") || !name.contains(".") ? DOC : OTHER;
        }
        if (head.startsWith("{\\rtf")) {
            return RTF;
        }
        if (isImage(content)) {
            return IMAGE;
        }
        String trimmed = head.stripLeading().replace("\uFEFF", "").replaceFirst("^ï»¿", "");
        if (name.endsWith(".edxml") || trimmed.startsWith("<") && head.contains("edXML")) {
            return EDXML;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")
                || name.endsWith(".htm")
                || type.contains("html")
                || lower.startsWith("<!doctype html")
                || lower.startsWith("<html")) {
            return HTML;
        }
        if (name.endsWith(".txt") || type.startsWith("text/plain") || name.endsWith(".eml#body")) {
            return TEXT;
        }
        return looksLikeText(content) && !name.contains(".") ? TEXT : OTHER;
    }

    private static boolean isImage(byte[] c) {
        return startsWith(c, 0x89, 'P', 'N', 'G')
                || startsWith(c, 0xFF, 0xD8, 0xFF)
                || startsWith(c, 'I', 'I', 42, 0)
                || startsWith(c, 'M', 'M', 0, 42)
                || startsWith(c, 'B', 'M')
                || startsWith(c, 'G', 'I', 'F');
    }

    private static boolean startsWith(byte[] c, int... prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((c[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] c) {
        int n = Math.min(c.length, 2048);
        for (int i = 0; i < n; i++) {
            if (c[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
