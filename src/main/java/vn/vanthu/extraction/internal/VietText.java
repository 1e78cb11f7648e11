package vn.vanthu.extraction.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers for Vietnamese: NFC, a length-preserving fold for matching, and line shapes. */
final class VietText {

    private static final Pattern SPACES = Pattern.compile("(?U)[\\s\\u00A0\\u2007\\u202F]+");
    private static final char[] FOLD = new char[0x2000];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            FOLD[c] = foldSlow(c);
        }
    }

    private VietText() {}

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Lower case without diacritics, one character for one character, so that a match found in the folded
     * text has the same offsets in the original (which must be NFC).
     */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
        }
        return new String(out);
    }

    private static char foldSlow(char c) {
        if (c == 'đ' || c == 'Đ' || c == 'Ð') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return Character.isLetter(base) ? Character.toLowerCase(base) : Character.toLowerCase(c);
    }

    /** Collapses runs of white space into one space and trims. */
    static String collapse(String s) {
        return s == null || isCollapsed(s)
                ? s
                : SPACES.matcher(s).replaceAll(" ").trim();
    }

    /** Whether the text has no white space but single spaces between words (most lines of a PDF). */
    private static boolean isCollapsed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == s.length() - 1 || s.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (c < ' ' || c == '\u0085' || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether most letters of the line are capitals (at least three letters). */
    static boolean isUpperLine(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper >= letters * 0.8;
    }

    /** Whether the line has letters and nothing but rules, dots and dashes otherwise. */
    static boolean isRule(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.chars().noneMatch(Character::isLetterOrDigit) && t.length() >= 3;
    }

    /** Sentence case of a type name ("QUYẾT ĐỊNH" to "Quyết định"). */
    static String sentenceCase(String s) {
        String lower = s.toLowerCase(new Locale("vi"));
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Removes list dashes and bullets in front, and {@code ;}, {@code ,}, {@code .} and "./." at the end. */
    static String trimItem(String s) {
        String t = collapse(s);
        t = t.replaceFirst("^[-–—•+*·∙]+\\s*", "");
        t = t.replaceFirst("(\\s*(\\./\\.|[;,.:|]))+$", "");
        return t.strip();
    }
}
