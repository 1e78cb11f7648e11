package vn.vanthu.mime.internal;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.MailAddress;
import vn.vanthu.mime.ParsedMail;

/**
 * Whether a message answers another one.
 *
 * <p>Contract: MUST be true when In-Reply-To or References name a message, or when a To address carries a
 * {@code +token} (the gateway's reply addresses). SHOULD be true for a reply subject: "Re:", "RE:", "Trả
 * lời:", "TL:", "Phản hồi:", "AW:", "Sv:" and their spellings without diacritics. MUST NOT be true for a
 * forward ("Fwd:", "FW:", "Chuyển tiếp:") that has none of these signs.
 */
final class IsReply implements Predicate<ParsedMail> {

    private static final Pattern SUBJECT =
            Pattern.compile("^\\s*(re|tl|tra loi|phan hoi|aw|sv|vs|antw|odp|ref)\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*:");

    @Override
    public boolean test(ParsedMail mail) {
        return !mail.inReplyTo().isEmpty()
                || !mail.references().isEmpty()
                || mail.to().stream().map(MailAddress::tag).anyMatch(t -> t != null && !t.isBlank())
                || SUBJECT.matcher(Folding.fold(mail.subject())).find();
    }
}
