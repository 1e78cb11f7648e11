package vn.vanthu.extraction.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline the body sets for the addressees ("gửi về Phòng trước ngày 20/10/2024", "chậm nhất ngày 05
 * tháng 11 năm 2024"); a date without a year takes the document's year (the next year when it would fall
 * before the document's date).
 */
final class Deadline {

    private static final String LEAD = "(truoc|cham\\s*nhat(?:\\s*la)?|han\\s*chot|han\\s*cuoi|khong\\s*muon\\s*hon|"
            + "khong\\s*qua|han\\s*nop|thoi\\s*han\\s*nop)";
    private static final String GAP = "(?:(?!\\.\\s)[^;!?]){0,40}?";
    private static final Pattern WORDS =
            Pattern.compile(LEAD + GAP + "ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?:\\s*nam\\s*(\\d{4}))?");
    private static final Pattern DIGITS =
            Pattern.compile(LEAD + GAP + "ngay\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?");

    private Deadline() {}

    /** The first deadline in the body text, or none. */
    static Found<LocalDate> read(String body, LocalDate promulgated) {
        String folded = VietText.fold(VietText.collapse(body));
        Matcher best = null;
        for (Pattern p : new Pattern[] {WORDS, DIGITS}) {
            Matcher m = p.matcher(folded);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        if (best == null) {
            return Found.none();
        }
        String year = best.group(4);
        if (year == null) {
            int y = promulgated == null ? LocalDate.now().getYear() : promulgated.getYear();
            LocalDate guess = Promulgation.date(String.valueOf(y), best.group(3), best.group(2));
            if (guess != null && promulgated != null && guess.isBefore(promulgated)) {
                guess = guess.plusYears(1);
            }
            return Found.of(guess, 0.6);
        }
        return Found.of(Promulgation.date(year, best.group(3), best.group(2)), 0.8);
    }
}
