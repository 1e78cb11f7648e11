package vn.vanthu.mime.internal;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.ParsedMail;

/**
 * Whether a message's own text reads as an official letter (công văn) pasted into the body.
 *
 * <p>Contract: MUST be true when the text shows at least two of the letter's marks: a "Số:" line with a number
 * and "/", a "V/v" or "Về việc" summary, the national title ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "Độc lập
 * - Tự do - Hạnh phúc"), a dated place line ("…, ngày 04 tháng 10 năm 2017"), "Kính gửi"/"Kính gởi"; with or
 * without diacritics and whatever the spacing. MUST NOT count the quoted part of a reply (below "On … wrote:",
 * "Vào … đã viết:", "-----Original Message-----" in a reply, or lines starting with "&gt;"): a short answer
 * above a quoted letter is not a letter. A forward's text counts whole, since forwarding a letter is sending it.
 */
final class HasLetterInBody implements Predicate<ParsedMail> {

    private static final List<Pattern> MARKS = List.of(
            Pattern.compile("(?:^|\\n|\\s{2}|\\t)so ?:\\s*\\d{1,6}\\s*/\\s*\\S"),
            Pattern.compile("(?:^|\\s)(?:v/v|ve viec)\\b"),
            Pattern.compile("cong hoa xa hoi chu nghia viet nam|doc lap\\s*-?\\s*tu do\\s*-?\\s*hanh phuc"),
            Pattern.compile(",\\s*ngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam\\s*\\d{4}"),
            Pattern.compile("kinh\\s*g[uo]i\\b"));
    private static final Pattern REPLY_MARKER = Pattern.compile(
            "(?m)^(?:on [\\s\\S]{1,300}?wrote:|vao [\\s\\S]{1,300}?da viet:|.{0,200}\\d{4}.{0,200}da viet:)");
    private static final Pattern ORIGINAL_MESSAGE =
            Pattern.compile("(?m)^\\s*-{3,}\\s*(original message|thu goc|tin nhan goc)\\s*-{3,}\\s*$");
    private static final Pattern FORWARD = Pattern.compile("^\\s*(fwd?|fw|chuyen tiep|tv|ct)\\s*:");
    private static final Pattern QUOTED = Pattern.compile("(?m)^>.*$");

    @Override
    public boolean test(ParsedMail mail) {
        String text = ownText(mail);
        int found = 0;
        for (Pattern mark : MARKS) {
            if (mark.matcher(text).find() && ++found >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The folded text the sender wrote: quoted reply text removed. */
    static String ownText(ParsedMail mail) {
        String text = Folding.fold(mail.textBody());
        int cut = start(REPLY_MARKER.matcher(text));
        if (!FORWARD.matcher(Folding.fold(mail.subject())).find()) {
            cut = Math.min(cut, start(ORIGINAL_MESSAGE.matcher(text)));
        }
        return QUOTED.matcher(text.substring(0, Math.min(cut, text.length()))).replaceAll("");
    }

    private static int start(Matcher matcher) {
        return matcher.find() ? matcher.start() : Integer.MAX_VALUE;
    }
}
