package vn.vanthu.mime.internal;

import jakarta.mail.Header;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimePart;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import vn.vanthu.mime.MailAddress;
import vn.vanthu.mime.MailHeaders;

/**
 * The header-level facts of a message: ids, subject, addresses, date and every header decoded.
 *
 * @param raw every header with its raw value (folded, undecoded), in order
 * @param headers every header unfolded and decoded
 */
record Envelope(
        List<RawHeader> raw,
        MailHeaders headers,
        String messageId,
        String subject,
        MailAddress from,
        MailAddress sender,
        List<MailAddress> replyTo,
        List<MailAddress> to,
        List<MailAddress> cc,
        Instant sentAt,
        List<String> inReplyTo,
        List<String> references) {

    /** Reads the headers of a message; what cannot be read is left empty and reported. */
    static Envelope read(MimePart message, List<String> problems) {
        List<RawHeader> raw = rawHeaders(message, problems);
        MailHeaders headers = new MailHeaders();
        raw.forEach(h -> headers.add(h.name(), EncodedWords.decode(h.value()).trim()));
        List<MailAddress> from = addresses(raw, "From", problems);
        List<MailAddress> sender = addresses(raw, "Sender", problems);
        String messageId = first(raw, "Message-ID");
        return new Envelope(
                raw,
                headers,
                messageId == null ? null : EncodedWords.unfold(messageId).trim(),
                headers.first("Subject") == null ? "" : headers.first("Subject"),
                from.isEmpty() ? null : from.get(0),
                sender.isEmpty() ? null : sender.get(0),
                addresses(raw, "Reply-To", problems),
                addresses(raw, "To", problems),
                addresses(raw, "Cc", problems),
                date(first(raw, "Date"), problems),
                MessageIds.parse(all(raw, "In-Reply-To")),
                MessageIds.parse(all(raw, "References")));
    }

    /** A header as it arrived: folded, undecoded. */
    record RawHeader(String name, String value) {}

    private static List<RawHeader> rawHeaders(MimePart message, List<String> problems) {
        List<RawHeader> raw = new ArrayList<>();
        try {
            Enumeration<Header> all = message.getAllHeaders();
            for (Header header : Collections.list(all)) {
                raw.add(new RawHeader(header.getName().trim(), header.getValue() == null ? "" : header.getValue()));
            }
        } catch (Exception e) {
            problems.add("The headers could not be read: " + e.getMessage());
        }
        return raw;
    }

    private static List<MailAddress> addresses(List<RawHeader> raw, String name, List<String> problems) {
        return Addresses.parse(all(raw, name), name, problems);
    }

    private static Instant date(String raw, List<String> problems) {
        if (raw == null) {
            return null;
        }
        String value = EncodedWords.unfold(raw).trim();
        try {
            Date date = new MailDateFormat().parse(value);
            if (date != null) {
                return date.toInstant();
            }
        } catch (java.text.ParseException | RuntimeException e) {
            // tried below with the JDK's RFC 1123 reader
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (RuntimeException e) {
            problems.add("Unreadable Date header: " + Addresses.abbreviate(value));
            return null;
        }
    }

    private static String first(List<RawHeader> raw, String name) {
        List<String> values = all(raw, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> all(List<RawHeader> raw, String name) {
        return raw.stream()
                .filter(h -> h.name().equalsIgnoreCase(name))
                .map(RawHeader::value)
                .toList();
    }
}
