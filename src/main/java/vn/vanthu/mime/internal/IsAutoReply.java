package vn.vanthu.mime.internal;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.ParsedMail;

/**
 * Whether a message was written by a program answering for a person: vacation, out of office, autoresponder.
 *
 * <p>Contract: MUST be true when {@code Auto-Submitted} is present with a value other than {@code no}, when
 * {@code X-Autoreply} or {@code X-Autorespond} is present, when {@code Precedence} is {@code auto_reply}, and
 * when the subject starts with a vacation phrase ("Automatic reply:", "Auto:", "Out of Office:", "Trả lời tự
 * động", "Tự động trả lời", "Thư trả lời tự động", "Vắng mặt:", "Nghỉ phép:"). SHOULD be true when one of the
 * English or "tự động" phrases appears elsewhere in the subject and {@code X-Auto-Response-Suppress} is present: Outlook sets that
 * header on ordinary mail too, so it MUST NOT count alone. Bulk and list mail is {@link IsBulkMail}'s, and a
 * bounce ({@code X-Failed-Recipients}) is {@link IsBounce}'s.
 */
final class IsAutoReply implements Predicate<ParsedMail> {

    private static final String PHRASES =
            "automatic reply|auto reply|autoreply|auto-reply|out of office|out of the office"
                    + "|tra loi tu dong|tu dong tra loi|thu tra loi tu dong|abwesenheit";
    // "Vắng mặt" and "Nghỉ phép" also start subjects people write ("Nghỉ phép ngày 5/6"): only with a colon.
    private static final Pattern PREFIX =
            Pattern.compile("^\\s*(auto\\s*:|(" + PHRASES + ")\\b|(vang mat|nghi phep)\\s*:)");
    private static final Pattern ANYWHERE = Pattern.compile(PHRASES);

    @Override
    public boolean test(ParsedMail mail) {
        var headers = mail.headers();
        if (Reports.isAutoSubmitted(mail) || headers.has("X-Autoreply") || headers.has("X-Autorespond")) {
            return true;
        }
        String precedence = headers.first("Precedence");
        if (precedence != null && Folding.fold(precedence).trim().equals("auto_reply")) {
            return true;
        }
        String subject = Folding.fold(mail.subject());
        if (PREFIX.matcher(subject).find()) {
            return true;
        }
        return headers.has("X-Auto-Response-Suppress")
                && ANYWHERE.matcher(subject).find();
    }
}
