package vn.vanthu.mime.internal;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Removes a Content-Transfer-Encoding without ever failing on bad input.
 *
 * <p>Base64 skips every byte outside its alphabet, so garbage, missing padding and stray line noise lose
 * only the damaged quantum; quoted-printable keeps a malformed {@code =} as it is.
 */
final class TransferDecoding {

    private static final byte[] ALPHABET = new byte[256];

    static {
        java.util.Arrays.fill(ALPHABET, (byte) -1);
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < chars.length(); i++) {
            ALPHABET[chars.charAt(i)] = (byte) i;
        }
        // URL-safe alphabet, as some broken encoders write it.
        ALPHABET['-'] = 62;
        ALPHABET['_'] = 63;
    }

    private TransferDecoding() {}

    /** The kinds of transfer encoding, {@code IDENTITY} for 7bit, 8bit, binary and none. */
    enum Encoding {
        IDENTITY,
        BASE64,
        QUOTED_PRINTABLE,
        UUENCODE,
        UNKNOWN;

        static Encoding of(String header) {
            if (header == null || header.isBlank()) {
                return IDENTITY;
            }
            String name = header.replaceAll("\\(.*?\\)|\"", "").trim().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "", "7bit", "8bit", "binary", "7-bit", "8-bit", "none" -> IDENTITY;
                case "base64", "base-64", "x-base64" -> BASE64;
                case "quoted-printable", "quoted_printable", "qp" -> QUOTED_PRINTABLE;
                case "x-uuencode", "uuencode", "x-uue", "uue" -> UUENCODE;
                default -> UNKNOWN;
            };
        }
    }

    /** Reads the raw content and removes the encoding; an unknown encoding leaves the bytes as they are. */
    static byte[] decode(InputStream raw, Encoding encoding) throws IOException {
        return switch (encoding) {
            case BASE64 -> base64(raw);
            case QUOTED_PRINTABLE -> quotedPrintable(raw.readAllBytes());
            case UUENCODE -> uudecode(raw.readAllBytes());
            case IDENTITY, UNKNOWN -> raw.readAllBytes();
        };
    }

    static byte[] base64(byte[] encoded) {
        try {
            return base64(new ByteArrayInputStream(encoded));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail to read
        }
    }

    static byte[] base64(InputStream in) throws IOException {
        Base64Quanta quanta = new Base64Quanta();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                quanta.accept(buffer[i] & 0xFF);
            }
        }
        quanta.flush();
        return quanta.toByteArray();
    }

    /** Base64 state; padding ends a block but not the stream, as concatenating encoders write it. */
    private static final class Base64Quanta {
        // A plain array, not a ByteArrayOutputStream: its write is synchronized, three calls per four characters.
        byte[] decoded = new byte[8192];
        int length;
        int quantum;
        int filled;

        void write(int b) {
            if (length == decoded.length) {
                decoded = Arrays.copyOf(decoded, decoded.length * 2);
            }
            decoded[length++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(decoded, length);
        }

        void accept(int b) {
            if (b == '=') {
                flush();
                return;
            }
            int value = ALPHABET[b];
            if (value < 0) {
                return;
            }
            quantum = (quantum << 6) | value;
            if (++filled == 4) {
                write(quantum >> 16);
                write(quantum >> 8);
                write(quantum);
                quantum = 0;
                filled = 0;
            }
        }

        void flush() {
            if (filled == 2) {
                write(quantum >> 4);
            } else if (filled == 3) {
                write(quantum >> 10);
                write(quantum >> 2);
            }
            quantum = 0;
            filled = 0;
        }
    }

    static byte[] quotedPrintable(byte[] encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length);
        for (int i = 0; i < encoded.length; i++) {
            byte b = encoded[i];
            if (b != '=') {
                out.write(b);
            } else if (i + 1 < encoded.length && (encoded[i + 1] == '\n' || encoded[i + 1] == '\r')) {
                i += encoded[i + 1] == '\r' && i + 2 < encoded.length && encoded[i + 2] == '\n' ? 2 : 1;
            } else if (i + 2 < encoded.length && isHex(encoded[i + 1]) && isHex(encoded[i + 2])) {
                out.write(Character.digit(encoded[i + 1], 16) << 4 | Character.digit(encoded[i + 2], 16));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static byte[] uudecode(byte[] encoded) {
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(encoded), "uuencode")) {
            return in.readAllBytes();
        } catch (Exception e) {
            return encoded;
        }
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
