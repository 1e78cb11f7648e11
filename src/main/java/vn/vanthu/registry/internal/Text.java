package vn.vanthu.registry.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers for text going into columns of fixed width, and for search. */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {}

    /**
     * The text as search compares it: without diacritics (đ as d), in lower case, spaces collapsed; {@code ""} for
     * none. Vietnamese users often type without diacritics, and OCR sometimes loses them.
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The text cut to at most {@code max} characters, or {@code null}. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
