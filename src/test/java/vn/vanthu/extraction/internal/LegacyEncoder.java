package vn.vanthu.extraction.internal;

import java.text.Normalizer;

/** The inverse of {@link LegacyFonts#decode}: types Unicode text the way the legacy fonts stored it, for fixtures. */
final class LegacyEncoder {

    private LegacyEncoder() {}

    /** Encodes Unicode text in a legacy encoding: the inverse of {@link #decode}, for tests and fixtures. */
    static String encode(String unicode, LegacyFonts.Encoding encoding) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfc.length(); i++) {
            out.append(encodeChar(nfc.charAt(i), encoding));
        }
        return out.toString();
    }

    private static String encodeChar(char c, LegacyFonts.Encoding encoding) {
        if (encoding == LegacyFonts.Encoding.UNICODE
                || c < 0x80
                || encoding == LegacyFonts.Encoding.VNI && "íìÍÌ".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        if (encoding != LegacyFonts.Encoding.VNI) {
            char lower = Character.toLowerCase(c);
            int at = LegacyFonts.TCVN3_TO.indexOf(encoding == LegacyFonts.Encoding.TCVN3_CAPITALS ? lower : c);
            at = at < 0 ? LegacyFonts.TCVN3_TO.indexOf(lower) : at;
            return at < 0 ? String.valueOf(c) : String.valueOf(LegacyFonts.TCVN3_FROM.charAt(at));
        }
        for (int code = 0x80; code < 256; code++) {
            if (LegacyFonts.VNI[code] != null && LegacyFonts.VNI[code].equals(String.valueOf(c))) {
                return String.valueOf((char) code);
            }
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (d.length() == 1) {
            return d;
        }
        String base = Normalizer.normalize(d.substring(0, 2), Normalizer.Form.NFC);
        String prefix = base.length() == 1 && VNI_LETTER.indexOf(base.charAt(0)) >= 0
                ? encodeChar(base.charAt(0), encoding)
                : null;
        String marks = prefix != null ? d.substring(2) : d.substring(1);
        String head = prefix != null ? prefix : d.substring(0, 1);
        boolean upper = Character.isUpperCase(d.charAt(0));
        for (int code = 0x80; code < 256; code++) {
            if (LegacyFonts.VNI[code] != null
                    && LegacyFonts.VNI[code].equals(canonicalMarks(marks))
                    && Character.isUpperCase((char) code) == upper) {
                return head + (char) code;
            }
        }
        return String.valueOf(c);
    }

    private static final String VNI_LETTER = "ơƠưƯ";

    /** Circumflex and breve come before the tone in VNI's combined marks; NFD may order them otherwise. */
    private static String canonicalMarks(String marks) {
        if (marks.length() == 2 && (marks.charAt(1) == '\u0302' || marks.charAt(1) == '\u0306')) {
            return "" + marks.charAt(1) + marks.charAt(0);
        }
        return marks;
    }
}
