package vn.vanthu.receipt.internal;

import java.util.List;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;

/**
 * The lines by which mail clients start a quoted original or a signature, in Vietnamese and English, matched on
 * {@link Folding folded} lines so that "Vào … đã viết:" and "Vao … da viet:" are one case.
 *
 * <p>Clients wrap long attribution lines ("Vào Th 5, 26 thg 11, 2026 lúc 08:00 Phòng GD &lt;…&gt;" then "đã
 * viết:"), so an attribution may span up to three lines; a multi-line one must start like one ("On", "Vào", a
 * date) so that a short answer directly above it is not taken for part of it.
 */
final class QuoteMarkers {

    /** Lines an attribution may span. */
    static final int ATTRIBUTION_LINES = 3;

    private static final int HEADER_BLOCK_LINES = 7;
    private static final Pattern ATTRIBUTION_END =
            Pattern.compile("(wrote|da viet|a ecrit|schrieb|escribio|ha scritto)\\s*:?\\s*$");
    private static final Pattern ATTRIBUTION_START =
            Pattern.compile("^(on|vao|vao luc|le|am|el|il|op)\\b|^\\d{1,4}[/.\\-]\\d");
    private static final Pattern SEPARATOR = Pattern.compile("^-{2,}\\s*(original message|thu goc|tin nhan goc"
            + "|forwarded message|thu chuyen tiep|thu da chuyen tiep|tin nhan chuyen tiep|message d'origine)\\s*-{2,}$"
            + "|^_{10,}$|^(begin forwarded message|bat dau thu (duoc )?chuyen tiep|bat dau tin nhan chuyen tiep):?$");
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(from|tu|nguoi gui)\\s*:\\*?\\s*\\S");
    private static final Pattern HEADER_DATE =
            Pattern.compile("(^|\\s|\\*)(sent|date|da gui|ngay gui|ngay|thoi gian)\\s*:");
    private static final Pattern HEADER_SUBJECT = Pattern.compile("(^|\\s|\\*)(subject|chu de|tieu de)\\s*:");
    private static final Pattern DEVICE_FOOTER = Pattern.compile("^(sent from|sent via|sent with|get outlook for"
            + "|gui tu|duoc gui tu|gui bang|gui qua|envoye de)\\b.{0,80}$");
    private static final Pattern DEVICE = Pattern.compile("iphone|ipad|android|samsung|galaxy|xiaomi|oppo|vivo|huawei"
            + "|nokia|dien thoai|di dong|thiet bi|mobile|yahoo|outlook|mail|windows|cua toi|\\bmy\\b");

    private QuoteMarkers() {}

    /** Whether the line is quoted with "&gt;". */
    static boolean isQuoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    /**
     * How many lines from {@code start} make an attribution ("On … wrote:", "Vào … đã viết:"), or 0 when
     * none starts there.
     */
    static int attributionAt(List<String> lines, int start) {
        StringBuilder window = new StringBuilder();
        for (int n = 1; n <= ATTRIBUTION_LINES && start + n <= lines.size(); n++) {
            String line = Folding.fold(lines.get(start + n - 1)).strip();
            if (line.isEmpty() || isQuoted(line) && n > 1) {
                return 0;
            }
            window.append(n == 1 ? "" : " ").append(line);
            if (ATTRIBUTION_END.matcher(window).find() && window.length() < 400) {
                String first = Folding.fold(lines.get(start)).strip();
                return n == 1 || ATTRIBUTION_START.matcher(first).find() ? n : 0;
            }
        }
        return 0;
    }

    /** Whether a separator ("-----Original Message-----", an underscore rule, "Begin forwarded message:") is there. */
    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(Folding.fold(line).strip()).find();
    }

    /** Whether an Outlook header block ("From: … Sent: … Subject:", "Từ: … Đã gửi: … Chủ đề:") starts there. */
    static boolean isHeaderBlockAt(List<String> lines, int start) {
        if (!HEADER_FROM.matcher(Folding.fold(lines.get(start)).strip()).find()) {
            return false;
        }
        StringBuilder block = new StringBuilder();
        for (int i = start; i < Math.min(lines.size(), start + HEADER_BLOCK_LINES); i++) {
            block.append(' ').append(Folding.fold(lines.get(i)).strip());
        }
        return HEADER_DATE.matcher(block).find()
                && HEADER_SUBJECT.matcher(block).find();
    }

    /** Whether a signature starts at the line: the "-- " delimiter or a phone's "Sent from my iPhone" footer. */
    static boolean isSignature(String line) {
        String folded = Folding.fold(line).strip();
        if (folded.equals("--")) {
            return true;
        }
        return DEVICE_FOOTER.matcher(folded).find() && DEVICE.matcher(folded).find();
    }
}
