package vn.vanthu.mime.internal;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.ParsedMail;

/**
 * Whether a message is a read receipt.
 *
 * <p>Contract: MUST be true for an RFC 8098 message disposition notification ({@code multipart/report;
 * report-type=disposition-notification}, or a {@code message/disposition-notification} part of the message
 * itself), which is what Thunderbird, Outlook ("Read:", "Đã đọc:") and Apple Mail send. SHOULD be true for
 * Exchange's plain receipts: a "Read:" or "Đã đọc:" subject with a "was read on" / "đã được đọc" text.
 * MUST NOT be true for a message that only carries a receipt inside a forwarded message.
 */
final class IsReadReceipt implements Predicate<ParsedMail> {

    private static final Pattern SUBJECT = Pattern.compile("^\\s*(read|da doc|da xem|gelesen|lu)\\s*:");
    private static final Pattern TEXT = Pattern.compile("was read on|has been read|da duoc doc|da doc vao|da duoc xem");

    @Override
    public boolean test(ParsedMail mail) {
        if (Reports.reportType(mail).equals("disposition-notification")
                || Reports.hasOwnPart(mail, "message/disposition-notification")
                || Reports.hasOwnPart(mail, "message/global-disposition-notification")) {
            return true;
        }
        return SUBJECT.matcher(Folding.fold(mail.subject())).find()
                && TEXT.matcher(Folding.fold(mail.textBody())).find();
    }
}
