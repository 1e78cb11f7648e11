package vn.vanthu.receipt.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.MailHeaders;
import vn.vanthu.mime.ParsedMail;

/**
 * What a read receipt says (RFC 8098): which message was shown to whom, and how the receipt was sent.
 *
 * <p>Thunderbird, Outlook ("Read:", "Đã đọc:") and Apple Mail put the fields in a {@code
 * message/disposition-notification} part. Exchange's plain receipts have none: they are read as "displayed" by
 * the person in From, about the message their In-Reply-To or References name. A missing Original-Message-ID is
 * taken from the returned headers, then from In-Reply-To and References.
 *
 * @param originalMessageId the Message-ID of the message read, with angle brackets, or {@code null}
 * @param finalRecipient the mailbox that read it, lower case (From when the report does not say), or {@code null}
 * @param disposition what the reader did with the message
 * @param actionMode {@code MANUAL} when a person acted ("manual-action"), else {@code AUTOMATIC}
 * @param sendingMode {@code MANUAL} when the person chose to send the receipt ("MDN-sent-manually")
 * @param reportingUa the reader's mail program as reported, or {@code null}
 * @param standard whether the fields came from a {@code message/disposition-notification} part
 */
record DispositionReport(
        String originalMessageId,
        String finalRecipient,
        Disposition disposition,
        Mode actionMode,
        Mode sendingMode,
        String reportingUa,
        boolean standard) {

    private static final Set<String> NOTIFICATION_PARTS =
            Set.of("message/disposition-notification", "message/global-disposition-notification");
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(manual|automatic)-action\\s*/\\s*mdn-sent-(manually|automatically)\\s*;\\s*([a-z-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern TYPE = Pattern.compile(";\\s*([a-z-]+)", Pattern.CASE_INSENSITIVE);

    /** The disposition type of RFC 8098 (and the obsolete ones some clients still send). */
    enum Disposition {
        DISPLAYED,
        DELETED,
        DISPATCHED,
        PROCESSED,
        DENIED,
        FAILED,
        UNKNOWN
    }

    /** Who acted or sent: a person or the program. */
    enum Mode {
        MANUAL,
        AUTOMATIC
    }

    /** Reads the receipt of a message classified as a read receipt. */
    static DispositionReport of(ParsedMail receipt) {
        String fromAddress = receipt.from() == null ? null : receipt.from().address();
        var part = ReportFields.ownPart(receipt, NOTIFICATION_PARTS);
        if (part.isEmpty()) {
            // Exchange's plain receipt: a person opened the message, the program sent the receipt.
            String id = OriginalMessage.of(receipt).messageId();
            return new DispositionReport(
                    id, fromAddress, Disposition.DISPLAYED, Mode.MANUAL, Mode.AUTOMATIC, null, false);
        }
        MailHeaders fields = merged(ReportFields.groups(part.get().content()));
        String finalRecipient = ReportFields.address(fields, "Final-Recipient");
        String value = Objects.requireNonNullElse(fields.first("Disposition"), "");
        Matcher modes = FIELD.matcher(value);
        boolean parsed = modes.find();
        return new DispositionReport(
                originalId(fields, receipt),
                finalRecipient != null ? finalRecipient : fromAddress,
                disposition(parsed ? modes.group(3) : type(value)),
                parsed ? mode(modes.group(1)) : Mode.AUTOMATIC,
                parsed ? mode(modes.group(2)) : Mode.AUTOMATIC,
                ReportFields.typedValue(fields, "Reporting-UA"),
                true);
    }

    /** Whether the receipt shows that the message reached the reader: anything but deleted, denied or failed. */
    boolean confirmsReceipt() {
        return disposition == Disposition.DISPLAYED
                || disposition == Disposition.DISPATCHED
                || disposition == Disposition.PROCESSED;
    }

    /** The per-message fields; some clients split them into groups with blank lines. */
    private static MailHeaders merged(List<MailHeaders> groups) {
        MailHeaders merged = new MailHeaders();
        for (MailHeaders group : groups) {
            for (String name : group.names()) {
                if (!merged.has(name)) {
                    merged.add(name, group.first(name));
                }
            }
        }
        return merged;
    }

    /** Original-Message-ID (bracketed if a client left the brackets out), else what the report carries. */
    private static String originalId(MailHeaders fields, ParsedMail receipt) {
        String id = fields.first("Original-Message-ID");
        if (id == null || id.isBlank()) {
            return OriginalMessage.of(receipt).messageId();
        }
        Matcher bracketed = MESSAGE_ID.matcher(id);
        return bracketed.find() ? bracketed.group() : "<" + id.strip() + ">";
    }

    private static Mode mode(String word) {
        return word.toLowerCase(Locale.ROOT).startsWith("manual") ? Mode.MANUAL : Mode.AUTOMATIC;
    }

    private static String type(String value) {
        Matcher type = TYPE.matcher(value);
        return type.find() ? type.group(1) : value.strip();
    }

    private static Disposition disposition(String type) {
        String name = type.toLowerCase(Locale.ROOT).split("/")[0].strip();
        for (Disposition disposition : Disposition.values()) {
            if (disposition.name().toLowerCase(Locale.ROOT).equals(name)) {
                return disposition;
            }
        }
        return Disposition.UNKNOWN;
    }
}
