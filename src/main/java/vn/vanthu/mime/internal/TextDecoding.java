package vn.vanthu.mime.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns bytes into text under a declared charset that may be missing, unknown or wrong.
 *
 * <p>Vietnamese mail often arrives as UTF-8 labelled ISO-8859-1 (or not labelled at all) and as
 * windows-1258, whose tone marks are combining characters: strict UTF-8 is therefore tried before a
 * single-byte label, and every result is normalised to NFC.
 */
final class TextDecoding {

    private static final Charset WINDOWS_1258 = supported("windows-1258");

    private TextDecoding() {}

    /** What was decoded and whether the declared charset had to be overridden. */
    record Decoded(String text, String charset, boolean fellBack) {}

    /** Decodes with the declared charset when it fits, else UTF-8, windows-1258, ISO-8859-1, in that order. */
    static Decoded decode(byte[] bytes, String declared) {
        Charset charset = declared == null ? null : supported(clean(declared));
        boolean eightBit = hasEightBit(bytes);
        if (!eightBit && (charset == null || isAsciiCompatible(charset))) {
            return new Decoded(nfc(new String(bytes, StandardCharsets.US_ASCII)), nameOf(charset), false);
        }
        if (charset != null && !isSingleByte(charset)) {
            String text = strict(bytes, charset);
            if (text != null) {
                return new Decoded(nfc(text), charset.name(), false);
            }
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(nfc(utf8), "UTF-8", charset != null && charset != StandardCharsets.UTF_8);
        }
        if (charset != null && isSingleByte(charset)) {
            String text = strict(bytes, charset);
            if (text != null) {
                return new Decoded(nfc(text), charset.name(), false);
            }
        }
        return fallBack(bytes);
    }

    /** Decodes text whose charset is unknown: UTF-8, then windows-1258, then ISO-8859-1. */
    static String guess(byte[] bytes) {
        return decode(bytes, null).text();
    }

    /**
     * Repairs a header value that Jakarta Mail read one char per byte: when every char fits in a byte and
     * some are 8-bit, the bytes are decoded again by {@link #guess}; other values are only normalised.
     */
    static String repairEightBit(String value) {
        if (value == null) {
            return null;
        }
        boolean eightBit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return nfc(value);
            }
            eightBit |= c >= 0x80;
        }
        return eightBit ? guess(value.getBytes(StandardCharsets.ISO_8859_1)) : value;
    }

    static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The charset of that name, or {@code null} when the name is unknown or not supported here. */
    static Charset supported(String name) {
        try {
            return name == null || name.isBlank() ? null : Charset.forName(name.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Decoded fallBack(byte[] bytes) {
        if (WINDOWS_1258 != null) {
            String text = strict(bytes, WINDOWS_1258);
            if (text != null) {
                return new Decoded(nfc(text), WINDOWS_1258.name(), true);
            }
        }
        return new Decoded(nfc(new String(bytes, StandardCharsets.ISO_8859_1)), "ISO-8859-1", true);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    private static String clean(String declared) {
        String name = declared.trim().replace("\"", "").replace("'", "");
        // Seen in the wild: "utf8", "UTF-8;", "x-unknown", "iso-8859-1*vi" (RFC 2231 language suffix).
        int star = name.indexOf('*');
        name = star > 0 ? name.substring(0, star) : name;
        name = name.replaceAll("[;,\\s].*$", "");
        return "utf8".equalsIgnoreCase(name) ? "UTF-8" : name;
    }

    /** Single-byte charsets decode almost any bytes, so a label of one proves little against valid UTF-8. */
    private static boolean isSingleByte(Charset charset) {
        try {
            return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1.0f;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isAsciiCompatible(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return !name.startsWith("utf-16") && !name.startsWith("utf-32") && !name.contains("2022");
    }

    private static String nameOf(Charset charset) {
        return charset == null ? "US-ASCII" : charset.name();
    }

    private static boolean hasEightBit(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
