package vn.vanthu.receipt.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for matching: lower case, Vietnamese diacritics removed ({@code đ} becomes {@code d}), dashes and
 * spaces unified; line breaks kept.
 *
 * <p>Phones and old keyboards send "tu choi" and "gui nham" as often as "từ chối": patterns match folded text so
 * that every spelling counts. The MIME module has the same helper, but keeps it internal.
 */
final class Folded {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folded() {}

    static String fold(String text) {
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
