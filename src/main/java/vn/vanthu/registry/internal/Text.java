package vn.vanthu.registry.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers for text going into columns of fixed width, and for search. */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Stands for a combining mark, which folding drops. */
    private static final char MARK = '\uFFFF';

    /** Folded characters below U+0370 and of Latin Extended Additional (Vietnamese), 0 where not one character. */
    private static final char[] QUICK = table(0, 0x370);

    private static final char[] QUICK_EXTENDED = table(0x1E00, 0x1F00);

    private Text() {}

    /**
     * The text as search compares it: without diacritics (đ as d), in lower case, spaces collapsed; {@code ""} for
     * none. Vietnamese users often type without diacritics, and OCR sometimes loses them.
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String quick = quickFold(text);
        return quick != null ? quick : generalFold(text);
    }

    /** The folding for any text: decomposed, marks dropped, lower case, white space collapsed. */
    static String generalFold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The same folding, character by character, for text whose letters are all Latin (Vietnamese included):
     * whole documents' text is folded as it is registered. Null when a character needs the general way.
     */
    private static String quickFold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            char folded = c < QUICK.length ? QUICK[c] : c >= 0x1E00 && c <= 0x1EFF ? QUICK_EXTENDED[c - 0x1E00] : 0;
            if (folded == 0) {
                return null;
            }
            if (folded == MARK) {
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(folded);
        }
        return out.toString().strip();
    }

    private static char[] table(int from, int to) {
        char[] table = new char[to - from];
        for (int c = from; c < to; c++) {
            String general = generalFold(String.valueOf((char) c));
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                table[c - from] = MARK;
            } else if (general.length() == 1 && !Character.isWhitespace(c) && c != 0) {
                table[c - from] = general.charAt(0);
            }
        }
        return table;
    }

    /** The text cut to at most {@code max} characters, or {@code null}. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
