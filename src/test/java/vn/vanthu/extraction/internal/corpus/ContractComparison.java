package vn.vanthu.extraction.internal.corpus;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The comparison rules of {@code contracts/extraction.md}: NFC, case-folded, white space collapsed, both tone
 * placements accepted, codeNumber as a number, codeNotation with spaces and dashes folded, lists as sets, and
 * the subject at 0.9 similarity or more.
 */
final class ContractComparison {

    private ContractComparison() {}

    static boolean same(String field, Object expected, Object actual) {
        if (expected == null || actual == null) {
            return isEmpty(expected) && isEmpty(actual);
        }
        return switch (field) {
            case "codeNumber" -> number(expected).equals(number(actual));
            case "codeNotation" -> notation(expected.toString()).equals(notation(actual.toString()));
            case "toPlaces", "distribution" -> set(expected).equals(set(actual));
            case "subject" -> similarity(text(expected.toString()), text(actual.toString())) >= 0.9;
            case "priority" -> Objects.equals(number(expected), number(actual));
            default -> text(expected.toString()).equals(text(actual.toString()));
        };
    }

    private static boolean isEmpty(Object o) {
        return o == null || o instanceof List<?> l && l.isEmpty() || "0".equals(String.valueOf(o));
    }

    private static String number(Object o) {
        String digits = o.toString().replaceAll("\\D", "");
        return digits.isEmpty() ? o.toString() : String.valueOf(Long.parseLong(digits));
    }

    private static String notation(String s) {
        return text(s).replaceAll("\\s+", "").replaceAll("[–—‐-]", "-");
    }

    private static Set<String> set(Object list) {
        Set<String> out = new HashSet<>();
        for (Object item : (List<?>) list) {
            out.add(text(item.toString()));
        }
        return out;
    }

    /** NFC, lower case, one space, and each syllable's tone mark moved to its end ("hoà" = "hòa"). */
    static String text(String s) {
        String nfd = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\s+", " ")
                .strip();
        StringBuilder out = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tones.append(c);
            } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                out.append(c);
            } else {
                out.append(tones).append(c);
                tones.setLength(0);
            }
        }
        return out.append(tones).toString();
    }

    /** 1 minus the edit distance over the longer length. */
    static double similarity(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1 : 1 - (double) previous[b.length()] / max;
    }
}
