package vn.vanthu.extraction.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Converts text typed with the legacy 8-bit Vietnamese fonts to Unicode NFC: TCVN3 (ABC, the {@code .VnTime}
 * family; the {@code …H} fonts show capitals) and VNI ({@code VNI-Times}, which writes a base letter followed
 * by separate mark characters). The tables follow the public definitions of TCVN 5712:1993 (VN3) and of the
 * VNI for Windows encoding; the text arrives as the Windows-1252 characters of the legacy bytes.
 */
final class LegacyFonts {

    /** How a run of text is encoded. */
    enum Encoding {
        UNICODE,
        TCVN3,
        TCVN3_CAPITALS,
        VNI
    }

    private static final String TCVN3_FROM =
            "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ";
    private static final String TCVN3_TO = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
    /** Characters that only TCVN3 text holds (Unicode Vietnamese never uses them). */
    private static final String TCVN3_ONLY = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾";
    /** Characters that Unicode Vietnamese never uses but VNI text does. */
    private static final String VNI_ONLY = "øûïäåëüöñæîØÛÏÄÅËÜÖÑÆÎ";

    private static final char[] TCVN3 = new char[256];
    private static final String[] VNI = new String[256];

    static {
        for (int i = 0; i < TCVN3_FROM.length(); i++) {
            TCVN3[TCVN3_FROM.charAt(i)] = TCVN3_TO.charAt(i);
        }
        String[][] vni = {
            {"ôÔ", "ơƠ"}, {"öÖ", "ưƯ"}, {"ñÑ", "đĐ"}, {"æÆ", "ỉỈ"}, {"óÓ", "ĩĨ"}, {"òÒ", "ịỊ"}, {"îÎ", "ỵỴ"}
        };
        for (String[] pair : vni) {
            VNI[pair[0].charAt(0)] = pair[1].substring(0, 1);
            VNI[pair[0].charAt(1)] = pair[1].substring(1, 2);
        }
        String[][] marks = {
            {"ùÙ", "\u0301"},
            {"øØ", "\u0300"},
            {"ûÛ", "\u0309"},
            {"õÕ", "\u0303"},
            {"ïÏ", "\u0323"},
            {"âÂ", "\u0302"},
            {"áÁ", "\u0302\u0301"},
            {"àÀ", "\u0302\u0300"},
            {"åÅ", "\u0302\u0309"},
            {"ãÃ", "\u0302\u0303"},
            {"äÄ", "\u0302\u0323"},
            {"êÊ", "\u0306"},
            {"éÉ", "\u0306\u0301"},
            {"èÈ", "\u0306\u0300"},
            {"úÚ", "\u0306\u0309"},
            {"üÜ", "\u0306\u0303"},
            {"ëË", "\u0306\u0323"}
        };
        for (String[] mark : marks) {
            VNI[mark[0].charAt(0)] = mark[1];
            VNI[mark[0].charAt(1)] = mark[1];
        }
    }

    private LegacyFonts() {}

    /** The encoding a font name implies ({@code ABCDEF+.VnTimeH,Bold} is TCVN3 capitals). */
    static Encoding encodingOfFont(String fontName) {
        if (fontName == null) {
            return Encoding.UNICODE;
        }
        String name = fontName.replaceFirst("^[A-Z]{6}\\+", "").toLowerCase(Locale.ROOT);
        name = name.replaceFirst("[,-](bold|italic|oblique|regular|bolditalic|boldoblique|b|i|bi)$", "")
                .strip();
        if (name.startsWith("vni")) {
            return Encoding.VNI;
        }
        if (name.matches("\\.?vn[a-z0-9 ]+")) {
            return name.endsWith("h") ? Encoding.TCVN3_CAPITALS : Encoding.TCVN3;
        }
        return Encoding.UNICODE;
    }

    /** Converts a run typed in the given encoding to Unicode NFC. */
    static String decode(String text, Encoding encoding) {
        return switch (encoding) {
            case UNICODE -> text;
            case TCVN3 -> tcvn3(text);
            case TCVN3_CAPITALS -> tcvn3(text).toUpperCase(Locale.ROOT);
            case VNI -> vni(text);
        };
    }

    private static String tcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 256 && TCVN3[c] != 0 ? TCVN3[c] : c);
        }
        return out.toString();
    }

    private static String vni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = c < 256 ? VNI[c] : null;
            boolean isMark = mapped != null && Character.getType(mapped.charAt(0)) == Character.NON_SPACING_MARK;
            boolean afterLetter = out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1));
            out.append(mapped == null || isMark && !afterLetter ? String.valueOf(c) : mapped);
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /**
     * Converts text whose fonts are unknown when its characters show a legacy encoding: each line that holds
     * characters of that encoding and no Unicode Vietnamese letter beyond Latin-1 is converted.
     */
    static String decodeByStatistics(String text) {
        Encoding guess = guess(text);
        if (guess == Encoding.UNICODE) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            boolean unicodeVietnamese = line.chars().anyMatch(c -> c >= 0x100 && Character.isLetter(c));
            out.append(unicodeVietnamese ? line : capitalWords(line, decode(line, guess)))
                    .append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * Words typed in capitals in a TCVN3 "H" font whose name was lost (a substituted font in a PDF) come back
     * as "VIệT": a word whose Latin letters are all capitals is a capital word.
     */
    private static String capitalWords(String original, String decoded) {
        long upperLine = original.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        long lowerLine = original.chars().filter(c -> c >= 'a' && c <= 'z').count();
        if (upperLine >= 3 && lowerLine == 0) {
            return decoded.toUpperCase(Locale.ROOT);
        }
        String[] before = original.split(" ", -1);
        String[] after = decoded.split(" ", -1);
        if (before.length != after.length) {
            return decoded;
        }
        for (int i = 0; i < after.length; i++) {
            long upper = before[i].chars().filter(c -> c >= 'A' && c <= 'Z').count();
            boolean lower = before[i].chars().anyMatch(c -> c >= 'a' && c <= 'z');
            if (upper >= 2 && !lower) {
                after[i] = after[i].toUpperCase(Locale.ROOT);
            }
        }
        return String.join(" ", after);
    }

    /** The encoding that the characters of the text suggest. */
    static Encoding guess(String text) {
        int words = 0;
        int tcvn3 = 0;
        int vni = 0;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            tcvn3 += containsAny(word, TCVN3_ONLY) ? 1 : 0;
            vni += containsAny(word, VNI_ONLY) ? 1 : 0;
        }
        if (tcvn3 >= 3 && tcvn3 * 10 >= words) {
            return Encoding.TCVN3;
        }
        return vni >= 3 && vni * 10 >= words ? Encoding.VNI : Encoding.UNICODE;
    }

    private static boolean containsAny(String word, String chars) {
        for (int i = 0; i < word.length(); i++) {
            if (chars.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Encodes Unicode text in a legacy encoding: the inverse of {@link #decode}, for tests and fixtures. */
    static String encode(String unicode, Encoding encoding) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfc.length(); i++) {
            out.append(encodeChar(nfc.charAt(i), encoding));
        }
        return out.toString();
    }

    private static String encodeChar(char c, Encoding encoding) {
        if (encoding == Encoding.UNICODE || c < 0x80 || encoding == Encoding.VNI && "íìÍÌ".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        if (encoding != Encoding.VNI) {
            char lower = Character.toLowerCase(c);
            int at = TCVN3_TO.indexOf(encoding == Encoding.TCVN3_CAPITALS ? lower : c);
            at = at < 0 ? TCVN3_TO.indexOf(lower) : at;
            return at < 0 ? String.valueOf(c) : String.valueOf(TCVN3_FROM.charAt(at));
        }
        for (int code = 0x80; code < 256; code++) {
            if (VNI[code] != null && VNI[code].equals(String.valueOf(c))) {
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
            if (VNI[code] != null
                    && VNI[code].equals(canonicalMarks(marks))
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
