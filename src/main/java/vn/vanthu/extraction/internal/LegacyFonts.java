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

    static final String TCVN3_FROM = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ";
    static final String TCVN3_TO = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
    /** Characters that only TCVN3 text holds (Unicode Vietnamese never uses them). */
    static final String TCVN3_ONLY = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾";
    /** Characters that Unicode Vietnamese never uses but VNI text does. */
    static final String VNI_ONLY = "øûïäåëüöñæîØÛÏÄÅËÜÖÑÆÎ";

    private static final char[] TCVN3 = new char[256];
    static final String[] VNI = new String[256];

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
        // Asked for every glyph of a PDF: remember the answer per font name.
        if (fontName == null) {
            return Encoding.UNICODE;
        }
        if (BY_FONT.size() > 10_000) {
            BY_FONT.clear(); // A flood of odd font names must not grow the memo without end.
        }
        return BY_FONT.computeIfAbsent(fontName, LegacyFonts::classify);
    }

    private static Encoding classify(String fontName) {
        String name = SUBSET_PREFIX.matcher(fontName).replaceFirst("").toLowerCase(Locale.ROOT);
        name = STYLE_SUFFIX.matcher(name).replaceFirst("").strip();
        if (name.startsWith("vni")) {
            return Encoding.VNI;
        }
        if (TCVN3_NAME.matcher(name).matches()) {
            return name.endsWith("h") ? Encoding.TCVN3_CAPITALS : Encoding.TCVN3;
        }
        return Encoding.UNICODE;
    }

    private static final java.util.Map<String, Encoding> BY_FONT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern SUBSET_PREFIX = java.util.regex.Pattern.compile("^[A-Z]{6}\\+");
    private static final java.util.regex.Pattern STYLE_SUFFIX =
            java.util.regex.Pattern.compile("[,-](bold|italic|oblique|regular|bolditalic|boldoblique|b|i|bi)$");
    private static final java.util.regex.Pattern TCVN3_NAME = java.util.regex.Pattern.compile("\\.?vn[a-z0-9 ]+");

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
}
