package vn.vanthu.extraction.internal;

import java.util.Locale;

/**
 * Finds legacy-font text where no font name says so (a PDF whose fonts were substituted, a DOCX whose runs
 * inherit a style font): TCVN3 holds characters Unicode Vietnamese never uses (µ ¸ ¶ …), VNI its separate
 * marks (ø û ï ä …).
 */
final class LegacyTextDetector {

    /** Characters of each legacy encoding that Unicode Vietnamese never uses, by code (all below 256). */
    private static final boolean[] TCVN3_ONLY = table(LegacyFonts.TCVN3_ONLY);

    private static final boolean[] VNI_ONLY = table(LegacyFonts.VNI_ONLY);

    private LegacyTextDetector() {}

    /**
     * Converts text whose fonts are unknown when its characters show a legacy encoding: each line that holds
     * characters of that encoding and no Unicode Vietnamese letter beyond Latin-1 is converted.
     */
    static String decodeByStatistics(String text) {
        LegacyFonts.Encoding guess = guess(text);
        if (guess == LegacyFonts.Encoding.UNICODE) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            boolean unicodeVietnamese = line.chars().anyMatch(c -> c >= 0x100 && Character.isLetter(c));
            out.append(unicodeVietnamese ? line : capitalWords(line, LegacyFonts.decode(line, guess)))
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
    static LegacyFonts.Encoding guess(String text) {
        // One pass over the characters (the whole text of every document comes through here): words are runs
        // between white space, as "\\s+" splits them.
        int words = 0;
        int tcvn3 = 0;
        int vni = 0;
        boolean inWord = false;
        boolean wordTcvn3 = false;
        boolean wordVni = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                words += inWord ? 1 : 0;
                tcvn3 += wordTcvn3 ? 1 : 0;
                vni += wordVni ? 1 : 0;
                inWord = false;
                wordTcvn3 = false;
                wordVni = false;
            } else {
                inWord = true;
                wordTcvn3 |= c < 256 && TCVN3_ONLY[c];
                wordVni |= c < 256 && VNI_ONLY[c];
            }
        }
        if (tcvn3 >= 3 && tcvn3 * 10 >= words) {
            return LegacyFonts.Encoding.TCVN3;
        }
        return vni >= 3 && vni * 10 >= words ? LegacyFonts.Encoding.VNI : LegacyFonts.Encoding.UNICODE;
    }

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[256];
        for (char c : chars.toCharArray()) {
            table[c] = true;
        }
        return table;
    }
}
