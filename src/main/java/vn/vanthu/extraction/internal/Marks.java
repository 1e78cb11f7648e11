package vn.vanthu.extraction.internal;

import java.util.List;
import java.util.Map;

/**
 * Reads the urgency and secrecy stamps. A stamp stands alone on its line ("HỎA TỐC", "MẬT"), so a line is a
 * stamp only when it holds nothing else: "mật" inside a word ("mật khẩu") or in prose ("giữ bí mật") is never
 * taken for one.
 */
final class Marks {

    /** Folded stamp text to edXML priority; longest first. */
    private static final Map<String, Integer> PRIORITIES = Map.of(
            "hoa toc hen gio", 4,
            "thuong khan", 2,
            "hoa toc", 3,
            "khan", 1);

    private Marks() {}

    /** The edXML priority of a stamp line, or null when the line is not an urgency stamp. */
    static Integer priorityOf(String line) {
        String s = stamp(line);
        if (s == null) {
            return null;
        }
        if (s.startsWith("hoa toc hen gio")) {
            return 4;
        }
        return PRIORITIES.get(s);
    }

    /** "Mật", "Tối mật" or "Tuyệt mật" for a secrecy stamp line, else null. */
    static String secrecyOf(String line) {
        String t = VietText.collapse(line)
                .replaceAll("^[\\[(*\"“]+|[\\])*\"”!.:]+$", "")
                .strip();
        if (!VietText.isUpperLine(t) && !t.matches("(?i)\\p{Lu}.*")) {
            return null;
        }
        return switch (VietText.nfc(t).toUpperCase(java.util.Locale.ROOT)) {
            case "MẬT" -> "Mật";
            case "TỐI MẬT" -> "Tối mật";
            case "TUYỆT MẬT" -> "Tuyệt mật";
            default -> null;
        };
    }

    private static String stamp(String line) {
        String t = VietText.collapse(line)
                .replaceAll("^[\\[(*\"“]+|[\\])*\"”!.:]+$", "")
                .strip();
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
            return null;
        }
        String folded = VietText.fold(t).replaceAll("\\s+", " ");
        if (!folded.matches("(hoa toc hen gio.*|thuong khan|hoa toc|khan)")) {
            return null;
        }
        return folded.startsWith("khan") && !VietText.nfc(t).toUpperCase().startsWith("KHẨN") ? null : folded;
    }

    /** The highest priority stamped on the header lines, 0 when none. */
    static Found<Integer> priority(List<String> lines) {
        int best = 0;
        for (String line : lines) {
            Integer p = priorityOf(line);
            best = p != null && p > best ? p : best;
        }
        return new Found<>(best, best > 0 ? 0.9 : 0.7);
    }

    /** The secrecy stamped on the header lines, or none. */
    static Found<String> secrecy(List<String> lines) {
        String best = null;
        for (String line : lines) {
            String s = secrecyOf(line);
            if (s != null && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return best == null ? new Found<>(null, 0.7) : Found.of(best, 0.9);
    }
}
