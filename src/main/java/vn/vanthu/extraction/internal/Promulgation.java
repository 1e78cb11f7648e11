package vn.vanthu.extraction.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the place and date line ("Tp.Sơn La, ngày 04 tháng 10 năm 2017") from the header, tolerating missing
 * spaces ("tháng11"), line breaks inside, trailing dots and a date written with slashes.
 *
 * @param place the place before ", ngày", or {@code null}
 * @param date the date, or {@code null}
 * @param confidence how sure the reading is
 */
record Promulgation(String place, LocalDate date, double confidence) {

    static final Pattern WORDS = Pattern.compile("ngay\\s*[:.]?\\s*(\\d{1,2})\\s*[.,]?\\s*thang\\s*[:.]?\\s*(\\d{1,2})"
            + "\\s*[.,]?\\s*nam\\s*[:.]?\\s*(\\d{4})");
    static final Pattern DIGITS = Pattern.compile("ngay\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern BLANK = Pattern.compile("ngay[\\s._…]*thang[\\s._…]*nam");
    private static final Pattern CROSS_REFERENCE = Pattern.compile("\\d+\\s*/\\s*[\\p{L}&.-]+\\s*$");

    /** Reads place and date from the header lines, or returns {@code null} when there is no date line. */
    static Promulgation read(List<String> header) {
        String text = String.join("\n", header);
        String folded = VietText.fold(text);
        Promulgation fallback = null;
        for (Pattern p : List.of(WORDS, DIGITS)) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                LocalDate date = date(m.group(3), m.group(2), m.group(1));
                if (date == null
                        || CROSS_REFERENCE.matcher(before(text, m.start())).find()) {
                    continue;
                }
                String place = place(text, m.start());
                if (place != null) {
                    return new Promulgation(place, date, 0.95);
                }
                fallback = fallback == null ? new Promulgation(null, date, 0.7) : fallback;
            }
        }
        return fallback != null ? fallback : blankDate(text, folded);
    }

    /** An e-signed letter leaves day and month blank ("Hà Nội, ngày    tháng    năm 2024"): the place still counts. */
    private static Promulgation blankDate(String text, String folded) {
        Matcher m = BLANK.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String place = place(text, m.start());
        return place == null ? null : new Promulgation(place, null, 0.6);
    }

    static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String before(String text, int at) {
        return text.substring(Math.max(0, at - 40), at).replaceAll("\\s+$", "").replaceAll("\\s*(ngày)?$", "");
    }

    /** Lower-case words that belong to place names ("Thành phố Hồ Chí Minh", "thị trấn Hát Lót"). */
    private static final java.util.Set<String> PLACE_WORDS =
            java.util.Set.of("phố", "thị", "trấn", "xã", "huyện", "tỉnh", "quận", "phường", "thành", "đặc", "khu");

    /**
     * The capitalised words at the end ("Quận 1" out of OCR's "ae vuole Quận 1"): a place name is written with
     * capitals, so lower-case words before it are noise from stamps and rules.
     */
    private static String capitalisedTail(String place) {
        String[] words = place.split(" ");
        int start = words.length;
        while (start > 0
                && (words[start - 1].isEmpty()
                        || !Character.isLowerCase(words[start - 1].charAt(0))
                        || PLACE_WORDS.contains(words[start - 1].toLowerCase(java.util.Locale.ROOT)))) {
            start--;
        }
        return start == words.length
                ? place
                : String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }

    /** The text before the date on its line (or the line above, when the place ends with a comma there). */
    private static String place(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String head = text.substring(lineStart, at);
        if (head.isBlank() && lineStart > 0) {
            int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
            String prev = text.substring(prevStart, lineStart - 1);
            head = prev.strip().endsWith(",") ? prev : "";
        }
        String place = capitalisedTail(VietText.collapse(head).replaceAll("[,;\\s]+$", ""));
        if (place.isEmpty() || !Character.isLetter(place.charAt(0)) && !place.startsWith("(")) {
            return null;
        }
        return place.length() > 60 ? null : place;
    }
}
