package vn.vanthu.mime;

import java.time.Instant;
import java.util.List;

/**
 * What a message says, read leniently from its raw bytes by a {@link MailReader}.
 *
 * @param messageId the Message-ID header value as given (trimmed, unfolded), or {@code null}
 * @param subject the decoded subject, or an empty string
 * @param from the first From address, or {@code null} when missing or unreadable
 * @param sender the Sender address, or {@code null}
 * @param replyTo the Reply-To addresses
 * @param to the To addresses
 * @param cc the Cc addresses
 * @param sentAt the Date header, or {@code null} when missing or unreadable
 * @param inReplyTo the message ids named by In-Reply-To (angle brackets kept)
 * @param references the message ids named by References (angle brackets kept), oldest first
 * @param headers every top-level header, unfolded, values decoded where RFC 2047 applies
 * @param textBody the message's own text as plain text (HTML converted when there is no plain part)
 * @param htmlBody the message's own HTML, or {@code null}
 * @param parts every other leaf part, nested messages' parts included, file names unique
 * @param nested the forwarded or attached messages ({@code message/rfc822}), each read the same way
 * @param problems what was malformed and how it was read anyway, in English, for the audit trail
 */
public record ParsedMail(
        String messageId,
        String subject,
        MailAddress from,
        MailAddress sender,
        List<MailAddress> replyTo,
        List<MailAddress> to,
        List<MailAddress> cc,
        Instant sentAt,
        List<String> inReplyTo,
        List<String> references,
        MailHeaders headers,
        String textBody,
        String htmlBody,
        List<MailPart> parts,
        List<ParsedMail> nested,
        List<String> problems) {}
