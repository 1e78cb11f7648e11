package vn.vanthu.extraction.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number and symbol ("Số: 291/GD&ĐT") from the "Số" line only, never from cross-references in the
 * body ("Thực hiện Công văn số 4288/BGDĐT-…"), which carry no colon and sit below the header.
 *
 * @param number the digits as printed, or {@code null} when blank (e-signed documents get it at signing)
 * @param notation the symbol, spaces removed
 * @param confidence how sure the reading is
 */
record DocumentCode(String number, String notation, double confidence) {

    private static final String NOTATION =
            "((?:\\d{4}[ \\t]*/[ \\t]*)?[\\p{L}\\d&.]*\\p{L}[\\p{L}\\d&.]*(?:[ \\t]*[-–—][ \\t]*[\\p{L}\\d&.]+)*)";
    /** The label with a colon (or OCR's semicolon), the number possibly blank or dotted, then "/" and the symbol. */
    private static final Pattern LABELLED =
            Pattern.compile("(?<![\\p{L}\\d])s\\s?[o0]\\s*[:;]\\s*([\\d.…_ \\t]*?)\\s*(\\d{0,6})[\\s.…_]*/[ \\t]*");

    private static final Pattern UNLABELLED = Pattern.compile("^(?:s[o0]\\s*)?(\\d{1,6})[ \\t]*/[ \\t]*");
    private static final Pattern NOTATION_AT = Pattern.compile(NOTATION);

    /** Reads the code from the header lines, or returns {@code null}. */
    static DocumentCode read(List<String> header) {
        String text = String.join("\n", header);
        String folded = VietText.fold(text);
        Matcher m = LABELLED.matcher(folded);
        while (m.find()) {
            DocumentCode code = at(text, m.group(2), m.end(), 0.95);
            if (code != null) {
                return code;
            }
        }
        for (String line : header) {
            Matcher u = UNLABELLED.matcher(VietText.fold(line));
            if (u.find()) {
                DocumentCode code = at(line, u.group(1), u.end(), 0.6);
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    private static DocumentCode at(String text, String digits, int from, double confidence) {
        Matcher n = NOTATION_AT.matcher(text);
        n.region(from, text.length());
        if (!n.lookingAt()) {
            return null;
        }
        String notation = n.group(1).replaceAll("\\s+", "").replaceAll("\\.+$", "");
        if (notation.chars().noneMatch(Character::isUpperCase)) {
            return null;
        }
        String number = digits == null || digits.isEmpty() ? null : digits;
        return new DocumentCode(number, notation, number == null ? confidence * 0.8 : confidence);
    }

    /** The type abbreviation at the head of the symbol ("QĐ" in "QĐ-UBND", "KH" in "2024/KH-UBND"), or null. */
    String typeAbbreviation() {
        String s = notation.replaceFirst("^\\d{4}/", "");
        int dash = s.indexOf('-') >= 0 ? s.indexOf('-') : indexOfDash(s);
        return dash <= 0 ? null : s.substring(0, dash);
    }

    private static int indexOfDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '–' || s.charAt(i) == '—') {
                return i;
            }
        }
        return -1;
    }
}
