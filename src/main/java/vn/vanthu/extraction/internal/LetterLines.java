package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns extracted text into one line per printed item, whatever order the extractor gave: columns side by side
 * with runs of spaces become separate lines, and the anchors of an NĐ 30 header glued onto one line are cut
 * apart, so that the readers downstream see the same lines for all four header orders.
 */
final class LetterLines {

    /** Anchors matched on the folded text; a line break is put before and, for some, after them. */
    static final Pattern MOTTO = Pattern.compile(
            "cong\\s*hoa\\s*xa\\s*hoi(\\s*chu(\\s*nghia(\\s*viet(\\s*nam)?)?)?)?|^((chu\\s*)?nghia\\s*)?(viet\\s*)?nam$|^viet$");

    /** The motto's first words, which start the right column even when a narrow cell wraps the rest. */
    static final Pattern MOTTO_START = Pattern.compile("cong\\s*hoa\\s*xa\\s*hoi");

    static final Pattern MOTTO2 = Pattern.compile(
            "doc\\s*lap\\s*[-–—_.,]*\\s*tu\\s*do(\\s*[-–—_.,]*\\s*hanh(\\s*phuc)?)?[\\s.!]*|^(hanh\\s*)?phuc[\\s.!]*$");
    static final Pattern FULL_DATE = Pattern.compile(
            "ngay\\s*[:.]?\\s*\\d{1,2}\\s*[.,]?\\s*thang\\s*[:.]?\\s*\\d{1,2}\\s*[.,]?\\s*nam\\s*[:.]?\\s*\\d{4}[.]?");
    private static final Pattern CODE_IN_LINE =
            Pattern.compile("(?<=\\S\\s{1,2})s[o0]\\s*:\\s*[\\d.…_ ]*/\\s*\\S+(?:\\s*[-–—]\\s*\\S+)*");
    private static final Pattern CODE_AT_START =
            Pattern.compile("^s[o0]\\s*:\\s*[\\d.…_ ]*/\\s*[^\\s/]+(?:/[^\\s/]+)?(?:[ \\t]*[-–—][ \\t]*[^\\s]+)*");
    private static final Pattern BEFORE = Pattern.compile(
            "(?<=\\S)\\s+(?=v\\s*/\\s*v\\b|kinh\\s*g[uo]i\\s*:|noi\\s*nhan\\s*:|\\((?:da\\s*)?ky[^)]{0,30}\\))");
    private static final Pattern AUTHORITY = Pattern.compile("(?<=\\S)\\s+(?=(?:TM|KT|TL|TUQ)\\.\\s*\\p{Lu})");
    private static final Pattern HEADING_THEN_TEXT =
            Pattern.compile("^(\\p{Lu}+(?:\\s\\p{Lu}+){1,3})\\s+(\\p{Lu}?\\p{Ll}.*)$");
    private static final Pattern SIGNED_MARK = Pattern.compile("(?<=\\((?:da\\s{0,2})?ky[^)]{0,30}\\))\\s+(?=\\S)");

    /** The "> " marks of a quoted or forwarded mail body. */
    private static final Pattern QUOTED = Pattern.compile("^\\s*(>\\s?)+");

    private LetterLines() {}

    /** The lines of a text, NFC, trimmed, blank lines dropped. */
    static List<String> of(String text) {
        String t = VietText.nfc(text == null ? "" : text)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\f', '\n')
                .replace("\t", "    ")
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('\u2007', ' ')
                .replace("\u200B", "");
        List<String> out = new ArrayList<>();
        for (String line : t.split("\n")) {
            line = QUOTED.matcher(line).replaceFirst("");
            for (String segment : line.split(" {3,}")) {
                for (String piece : cut(segment.strip())) {
                    String p = piece.strip();
                    if (!p.isEmpty()) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    /** Cuts one segment at the header anchors. */
    static List<String> cut(String segment) {
        // Each pattern is tried only when the segment holds a word or sign it cannot match without: most lines of
        // a letter's body hold none of the header's anchors.
        String folded = VietText.fold(segment);
        boolean colon = segment.indexOf(':') >= 0;
        boolean parenthesis = segment.indexOf('(') >= 0;
        String s = segment;
        if (folded.contains("cong") || folded.contains("nam") || folded.contains("viet")) {
            s = breakAround(s, MOTTO);
        }
        if (folded.contains("doc") || folded.contains("phuc")) {
            s = breakAround(s, MOTTO2);
        }
        if (folded.contains("ngay")) {
            s = breakAfter(s, FULL_DATE);
        }
        if (colon) {
            s = breakAround(s, CODE_IN_LINE);
            s = breakAfterStart(s);
        }
        if (colon || parenthesis || segment.indexOf('/') >= 0) {
            s = breakBefore(s, BEFORE);
        }
        if (segment.indexOf('.') >= 0) {
            s = AUTHORITY.matcher(s).replaceAll("\n");
        }
        if (parenthesis) {
            s = breakBefore(s, SIGNED_MARK);
        }
        return headingApart(List.of(s.split("\n")));
    }

    /** "QUYẾT ĐỊNH Về việc …" glued on one line: the centred type name and the summary under it. */
    private static List<String> headingApart(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = HEADING_THEN_TEXT.matcher(line.strip());
            if (m.matches() && DocumentTypes.byHeading(m.group(1)) != null) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static String breakAround(String s, Pattern p) {
        Matcher m = p.matcher(VietText.fold(s));
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start())
                    .append('\n')
                    .append(s, m.start(), m.end())
                    .append('\n');
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }

    /** Breaks after a date only where a new item starts (a capital or the end), not inside a sentence. */
    private static String breakAfter(String s, Pattern p) {
        Matcher m = p.matcher(VietText.fold(s));
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String rest = s.substring(m.end()).stripLeading();
            if (!rest.isEmpty() && !Character.isUpperCase(rest.charAt(0))) {
                continue;
            }
            out.append(s, last, m.end()).append('\n');
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }

    private static String breakAfterStart(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            Matcher m = CODE_AT_START.matcher(VietText.fold(line));
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(m.find() ? line.substring(0, m.end()) + "\n" + line.substring(m.end()) : line);
        }
        return out.toString();
    }

    private static String breakBefore(String s, Pattern p) {
        Matcher m = p.matcher(VietText.fold(s));
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start()).append('\n');
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }
}
