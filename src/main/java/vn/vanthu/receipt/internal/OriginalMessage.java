package vn.vanthu.receipt.internal;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.MailHeaders;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.ParsedMail;

/**
 * What a report (bounce, read receipt) says about the message it reports on: its Message-ID and the VanThu
 * delivery token, read from the returned message, its returned headers, the report's text, or the report's own
 * threading headers, in that order of trust.
 *
 * @param messageId the original Message-ID with angle brackets, or {@code null}
 * @param deliveryToken the {@code X-VanThu-Delivery} value, else the subject's {@code [VT-…]} token, or {@code null}
 */
record OriginalMessage(String messageId, String deliveryToken) {

    private static final Set<String> HEADER_PARTS = Set.of("text/rfc822-headers", "text/global-headers");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^message-id:\\s*(<[^<>\\s]+>)");
    private static final Pattern DELIVERY = Pattern.compile("(?im)^x-vanthu-delivery:\\s*(\\S+)");
    private static final Pattern SUBJECT = Pattern.compile("(?im)^subject:(.*(?:\\n[ \\t].*)*)");

    /** What the report carries; the report's In-Reply-To and References count only when nothing else does. */
    static OriginalMessage of(ParsedMail report) {
        OriginalMessage found = new OriginalMessage(null, null);
        for (ParsedMail nested : report.nested()) {
            found = found.or(fromHeaders(nested.messageId(), nested.headers()));
        }
        for (MailPart part : ReportFields.ownParts(report)) {
            if (HEADER_PARTS.contains(part.mediaType())) {
                found = found.or(fromText(new String(part.content(), StandardCharsets.UTF_8)));
            }
        }
        found = found.or(fromText(report.textBody()));
        List<String> threading = report.inReplyTo().isEmpty() ? report.references() : report.inReplyTo();
        return found.or(new OriginalMessage(threading.isEmpty() ? null : threading.get(0), null));
    }

    /** This, with what it lacks taken from the other. */
    OriginalMessage or(OriginalMessage other) {
        return new OriginalMessage(
                messageId != null ? messageId : other.messageId,
                deliveryToken != null ? deliveryToken : other.deliveryToken);
    }

    private static OriginalMessage fromHeaders(String messageId, MailHeaders headers) {
        String token = Tokens.ofHeader(headers.first("X-VanThu-Delivery"));
        if (token == null) {
            List<String> inSubject = Tokens.inSubject(headers.first("Subject"));
            token = inSubject.isEmpty() ? null : inSubject.get(0);
        }
        return new OriginalMessage(messageId == null ? null : messageId.strip(), token);
    }

    /** Headers inside text: a {@code text/rfc822-headers} part, or a classic bounce's inline copy. */
    private static OriginalMessage fromText(String text) {
        if (text == null) {
            return new OriginalMessage(null, null);
        }
        MailHeaders headers = new MailHeaders();
        first(DELIVERY, text).ifPresent(v -> headers.add("X-VanThu-Delivery", v));
        first(SUBJECT, text).ifPresent(v -> headers.add("Subject", decode(v.replaceAll("\\s*\\n\\s*", " "))));
        return fromHeaders(first(MESSAGE_ID, text).orElse(null), headers);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return value; // the token, if any, may still be readable in the raw text
        }
    }
}
