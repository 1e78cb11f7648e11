package vn.vanthu.mime;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: lower case, Vietnamese diacritics removed ({@code đ} becomes {@code d}), dashes
 * unified, runs of spaces collapsed; line breaks are kept.
 *
 * <p>People type "So:", "Kinh gui" and "V/v" without diacritics, and converters mangle dashes: predicates
 * match folded text with folded patterns so that all spellings count; the receipt module's refusal words and
 * quote markers do the same.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    /** The text folded; {@code ""} for none. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT)
                .replace('đ', 'd')
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replace('\u00A0', ' ')
                .replaceAll("[ \\t]+", " ")
                .replace("\r\n", "\n");
    }
}
