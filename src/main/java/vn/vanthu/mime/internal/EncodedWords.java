package vn.vanthu.mime.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words leniently, as mail clients actually write them.
 *
 * <p>Beyond the RFC it accepts encoded words inside quoted strings and glued to other text (Outlook, old
 * webmail), lower-case encodings, a language suffix on the charset, and a multi-byte character split across
 * two adjacent words: adjacent words of the same charset are joined as bytes before the charset is applied.
 * Raw 8-bit text around the words is repaired as {@link TextDecoding#repairEightBit} does.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]{1,60})\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n(?=[ \\t])|[\\r\\n]");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n]*");

    private EncodedWords() {}

    /** The decoded, unfolded, NFC-normalised text; {@code null} stays {@code null}. */
    static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String value = TextDecoding.repairEightBit(unfold(raw));
        if (!value.contains("=?")) {
            return TextDecoding.nfc(value);
        }
        StringBuilder out = new StringBuilder(value.length());
        Matcher word = WORD.matcher(value);
        int position = 0;
        Run run = null;
        while (word.find()) {
            String between = value.substring(position, word.start());
            boolean adjacent = run != null && WHITESPACE.matcher(between).matches();
            if (!adjacent) {
                flush(run, out);
                out.append(between);
                run = null;
            }
            String charset = word.group(1).toLowerCase(Locale.ROOT);
            if (run != null && !run.charset.equals(charset)) {
                flush(run, out);
                run = null;
            }
            if (run == null) {
                run = new Run(charset);
            }
            run.append(word.group(2), word.group(3));
            position = word.end();
        }
        flush(run, out);
        out.append(value, position, value.length());
        return TextDecoding.nfc(out.toString());
    }

    /** Removes folding line breaks (a CRLF followed by white space keeps the white space). */
    static String unfold(String raw) {
        return raw.indexOf('\r') < 0 && raw.indexOf('\n') < 0
                ? raw
                : LINE_BREAK.matcher(raw).replaceAll("");
    }

    private static void flush(Run run, StringBuilder out) {
        if (run != null) {
            out.append(TextDecoding.decode(run.bytes.toByteArray(), run.charset).text());
        }
    }

    /** Adjacent encoded words of one charset, collected as bytes. */
    private static final class Run {
        final String charset;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Run(String charset) {
            this.charset = charset;
        }

        void append(String encoding, String text) {
            byte[] decoded = encoding.equalsIgnoreCase("b")
                    ? TransferDecoding.base64(text.getBytes(StandardCharsets.ISO_8859_1))
                    : qDecode(text);
            bytes.writeBytes(decoded);
        }
    }

    private static byte[] qDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c > 0xFF ? '?' : c);
            }
        }
        return out.toByteArray();
    }

    static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
