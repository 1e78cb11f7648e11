package vn.vanthu.mime.internal;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.ParsedMail;

/**
 * Whether a message reports that mail could not be delivered.
 *
 * <p>Contract: MUST be true for an RFC 3464 delivery status notification ({@code multipart/report;
 * report-type=delivery-status}, or a {@code message/delivery-status} part of the message itself) and for a
 * message with {@code X-Failed-Recipients}. SHOULD be true for the classic non-RFC bounces: a bounce subject
 * ("Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)", "Mail delivery failed",
 * "Undeliverable:", "Không gửi được", ...) from a mail system (MAILER-DAEMON, postmaster, an empty
 * Return-Path) or marked Auto-Submitted. MUST NOT be true for a person's message that only forwards a
 * bounce (a {@code message/delivery-status} inside a carried message does not count).
 */
final class IsBounce implements Predicate<ParsedMail> {

    private static final Pattern SUBJECT = Pattern.compile(
            "undelivered mail|returned to sender|delivery status notification|mail delivery fail|undeliverable"
                    + "|returned mail|failure notice|delivery failure|delivery has failed|non-delivery|not delivered"
                    + "|khong gui duoc|khong the gui|khong chuyen duoc|gui thu khong thanh cong");

    @Override
    public boolean test(ParsedMail mail) {
        if (Reports.reportType(mail).equals("delivery-status")
                || Reports.hasOwnPart(mail, "message/delivery-status")
                || Reports.hasOwnPart(mail, "message/global-delivery-status")
                || mail.headers().has("X-Failed-Recipients")) {
            return true;
        }
        boolean automatic = Reports.isFromMailSystem(mail) || Reports.isAutoSubmitted(mail);
        return automatic && SUBJECT.matcher(Folding.fold(mail.subject())).find();
    }
}
