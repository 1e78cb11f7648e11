package vn.vanthu.extraction.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the summary (trích yếu): after "V/v", "V/v:", "Về:" or "Về việc" for a công văn, or on the line under
 * a centred type name, joining the lines it wraps over and stepping over right-column lines (motto, date)
 * that a row-by-row extraction puts between them.
 */
final class Subject {

    static final Pattern LABEL =
            Pattern.compile("^(v\\s*/\\s*v|v\\.\\s*v\\.?|ve\\s*viec|ve\\s*:|ve\\s+(?=\\S))\\s*[:.]?\\s*");
    /** Lines that start the body or the addressees, after which the summary cannot go on. */
    private static final Pattern STOP = Pattern.compile("^(kinh\\s*g[uo]i|can\\s*cu|thuc\\s*hien|de\\s|nham\\s|theo\\s|"
            + "tren\\s*co\\s*so|hien\\s*nay|ngay\\s*\\d|vua\\s*qua|tiep\\s*theo|duoc\\s*su|xet\\s|hom\\s*nay|thoi\\s*gian|"
            + "dia\\s*diem|noi\\s*nhan|[ivx]+\\s*[.:-]|\\d+\\s*[.:)]|s[o0]\\s*[:;]|(phong|so|uy\\s*ban|ubnd|truong|ban)\\s.*"
            + "(tran\\s*trong|thong\\s*bao|kinh\\s*moi|huong\\s*dan|de\\s*nghi|yeu\\s*cau|ban\\s*hanh|trien\\s*khai))");

    private static final int MAX_CONTINUATION = 80;

    private Subject() {}

    /** Whether a header line starts a "V/v"/"Về" summary. */
    static boolean isLabelled(String line) {
        return VietText.fold(line).matches("^(v\\s*/\\s*v|v\\.\\s*v|ve\\s*viec|ve\\s*:).*");
    }

    /** Reads the summary starting at line {@code from}; the label, if any, is removed. */
    static Found<String> read(List<String> lines, int from, double confidence) {
        StringBuilder out = new StringBuilder(strip(lines.get(from)));
        for (int i = from + 1; i < lines.size() && i <= from + 8; i++) {
            String line = lines.get(i);
            if (skippable(line)) {
                continue;
            }
            if (stops(line)) {
                break;
            }
            out.append(' ').append(line);
        }
        String subject = VietText.collapse(out.toString()).replaceAll("[;,]$", "");
        return subject.isEmpty() ? Found.none() : Found.of(subject, confidence);
    }

    static String strip(String line) {
        java.util.regex.Matcher m = LABEL.matcher(VietText.fold(line));
        return m.lookingAt() ? line.substring(m.end()).strip() : line.strip();
    }

    private static boolean skippable(String line) {
        String folded = VietText.fold(line);
        return VietText.isRule(line)
                || folded.matches("^\\d{4}[.]?$")
                || LetterLines.MOTTO.matcher(folded).find()
                || LetterLines.MOTTO2.matcher(folded).find()
                || folded.matches("^[^\\d/]{0,40}ngay\\s*\\d.*")
                        && !STOP.matcher(folded).lookingAt()
                || Marks.priorityOf(line) != null;
    }

    private static boolean stops(String line) {
        String folded = VietText.fold(line);
        return line.length() > MAX_CONTINUATION
                || VietText.isUpperLine(line) && !line.matches(".*\\p{Ll}.*")
                || STOP.matcher(folded).lookingAt()
                || line.endsWith(":")
                || LABEL.matcher(folded).lookingAt() && isLabelled(line);
    }
}
