package vn.vanthu.mime.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Content-Type or Content-Disposition value read leniently: its main value and its parameters decoded.
 *
 * <p>RFC 2231 extended values ({@code filename*=UTF-8''...}) and continuations ({@code filename*0*=},
 * {@code filename*1=}) win over plain ones; plain values may hold RFC 2047 words or raw 8-bit bytes, as
 * Outlook and Gmail write them. Missing quotes, stray semicolons and unterminated quotes are tolerated.
 *
 * @param value the lower-case value before the first semicolon ({@code text/plain}, {@code attachment})
 * @param parameters decoded parameter values by lower-case name
 */
record HeaderParameters(String value, Map<String, String> parameters) {

    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("\\([^()\"]*\\)");

    static final HeaderParameters EMPTY = new HeaderParameters("", Map.of());

    /** Reads a raw (possibly folded) header value; {@code null} gives {@link #EMPTY}. */
    static HeaderParameters parse(String raw) {
        if (raw == null) {
            return EMPTY;
        }
        List<String> pieces = splitOutsideQuotes(EncodedWords.unfold(raw));
        String value =
                pieces.isEmpty() ? "" : stripComment(pieces.get(0)).trim().toLowerCase(Locale.ROOT);
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String[]>> extended = new LinkedHashMap<>();
        for (String piece : pieces.subList(Math.min(1, pieces.size()), pieces.size())) {
            int eq = piece.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = piece.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String text = unquote(piece.substring(eq + 1).trim());
            collect(name, text, plain, extended);
        }
        Map<String, String> result = new LinkedHashMap<>();
        plain.forEach((name, text) -> result.put(name, EncodedWords.decode(text)));
        extended.forEach((name, sections) -> result.put(name, joinSections(sections)));
        return new HeaderParameters(value, result);
    }

    /** A decoded parameter, or {@code null}. */
    String get(String name) {
        String text = parameters.get(name);
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void collect(
            String name, String text, Map<String, String> plain, Map<String, TreeMap<Integer, String[]>> extended) {
        int star = name.indexOf('*');
        if (star < 0) {
            plain.putIfAbsent(name, text);
            return;
        }
        String base = name.substring(0, star);
        String suffix = name.substring(star + 1);
        boolean encoded = suffix.endsWith("*") || suffix.isEmpty();
        String number = suffix.replace("*", "");
        int index = number.isEmpty() ? 0 : parseIndex(number);
        if (index >= 0) {
            extended.computeIfAbsent(base, b -> new TreeMap<>())
                    .putIfAbsent(index, new String[] {text, encoded ? "*" : ""});
        }
    }

    private static String joinSections(TreeMap<Integer, String[]> sections) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Map.Entry<Integer, String[]> section : sections.entrySet()) {
            String text = section.getValue()[0];
            boolean encoded = !section.getValue()[1].isEmpty();
            if (encoded && charset == null && section.getKey() == sections.firstKey()) {
                int first = text.indexOf('\'');
                int second = first < 0 ? -1 : text.indexOf('\'', first + 1);
                if (second > 0) {
                    charset = text.substring(0, first);
                    text = text.substring(second + 1);
                }
            }
            bytes.writeBytes(encoded ? percentDecode(text) : text.getBytes(StandardCharsets.ISO_8859_1));
        }
        String decoded = TextDecoding.decode(bytes.toByteArray(), charset).text();
        return decoded.contains("=?") ? EncodedWords.decode(decoded) : decoded;
    }

    private static byte[] percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%'
                    && i + 2 < text.length()
                    && EncodedWords.isHex(text.charAt(i + 1))
                    && EncodedWords.isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0xFF) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static List<String> splitOutsideQuotes(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                pieces.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }

    private static String unquote(String text) {
        if (!text.startsWith("\"")) {
            return stripComment(text).trim();
        }
        int end = text.lastIndexOf('"');
        String inner = end > 0 ? text.substring(1, end) : text.substring(1);
        // Only \" and \\ are unescaped: old clients send raw Windows paths whose backslashes must survive.
        return inner.replaceAll("\\\\([\"\\\\])", "$1");
    }

    private static String stripComment(String text) {
        return text.indexOf('(') < 0 ? text : COMMENT.matcher(text).replaceAll("");
    }

    private static int parseIndex(String number) {
        try {
            return number.length() > 4 ? -1 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
