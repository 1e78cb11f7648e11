package vn.vanthu.receipt.internal;

import java.util.Set;
import java.util.function.Predicate;
import vn.vanthu.mime.ParsedMail;
import vn.vanthu.receipt.Acknowledgements;

/**
 * Whether a message is another VanThu installation's acknowledgement of a letter it received (ADR 8): a receipt
 * confirmation, although it is auto-submitted like a vacation reply.
 *
 * <p>Contract: MUST be true when {@code X-VanThu-Status} is {@code 01} (arrived) or {@code 03} (registered) and
 * {@code In-Reply-To} names a message, since that is what it acknowledges. MUST be false for any other status
 * (a recall notice carries {@code 13}) and without {@code In-Reply-To}. Whether the sender may confirm is the
 * matcher's business, as for any reply.
 */
final class IsVanThuAcknowledgement implements Predicate<ParsedMail> {

    private static final Set<String> RECEIPT_STATUSES = Set.of("01", "03");

    @Override
    public boolean test(ParsedMail mail) {
        String status = mail.headers().first(Acknowledgements.STATUS_HEADER);
        return status != null
                && RECEIPT_STATUSES.contains(status.strip())
                && !mail.inReplyTo().isEmpty();
    }
}
