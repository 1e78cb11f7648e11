package vn.vanthu.mime.internal;

import java.util.Set;
import java.util.function.Predicate;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.ParsedMail;

/**
 * Whether a message was sent to a list or in bulk.
 *
 * <p>Contract: MUST be true when {@code Precedence} is {@code bulk}, {@code junk} or {@code list}, or when
 * {@code List-Id} or {@code List-Unsubscribe} is present. Offices do send letters through mailing lists
 * (Google Groups): the classifier therefore lets a document or a letter in the body win over this predicate,
 * unlike {@link IsAutoReply}.
 */
final class IsBulkMail implements Predicate<ParsedMail> {

    private static final Set<String> BULK = Set.of("bulk", "junk", "list");

    @Override
    public boolean test(ParsedMail mail) {
        var headers = mail.headers();
        String precedence = headers.first("Precedence");
        return (precedence != null && BULK.contains(Folding.fold(precedence).trim()))
                || headers.has("List-Id")
                || headers.has("List-Unsubscribe");
    }
}
