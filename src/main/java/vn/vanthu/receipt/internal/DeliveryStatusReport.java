package vn.vanthu.receipt.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.vanthu.mime.MailHeaders;
import vn.vanthu.mime.ParsedMail;

/**
 * What a bounce says: per recipient, what happened and why (RFC 3464), and which message it is about.
 *
 * <p>A standard report is read from its {@code message/delivery-status} part; a classic bounce without one
 * (Postfix's text, Exchange's "Remote Server returned", Gmail's "Address not found", "Không gửi được") is read
 * from its text, best-effort. A {@link Action#DELAYED delayed} recipient is not a failure: the server is still
 * trying.
 *
 * @param recipients what happened per recipient, in report order; never empty for a message classified as a
 *     bounce (a classic bounce that names nobody gives one recipient without an address)
 * @param reportingMta the server that wrote the report, or {@code null}
 * @param original the reported message's Message-ID and VanThu delivery token, as far as known
 * @param standard whether the report came from a {@code message/delivery-status} part rather than text
 */
record DeliveryStatusReport(
        List<Recipient> recipients, String reportingMta, OriginalMessage original, boolean standard) {

    private static final Set<String> STATUS_PARTS = Set.of("message/delivery-status", "message/global-delivery-status");

    /**
     * One recipient's outcome.
     *
     * @param address the final recipient, lower case, or {@code null} when a classic bounce names nobody
     * @param action what the server did
     * @param status the enhanced status code ({@code 5.1.1}), or {@code null} when the report gives none
     * @param diagnostic the remote server's words ({@code 550 5.1.1 … User unknown}), or {@code null}
     * @param remoteMta the server that refused, or {@code null}
     */
    record Recipient(String address, Action action, String status, String diagnostic, String remoteMta) {

        /** Whether the message will not reach this recipient. */
        boolean failed() {
            return action == Action.FAILED;
        }
    }

    /** The Action field of RFC 3464. */
    enum Action {
        FAILED,
        DELAYED,
        DELIVERED,
        RELAYED,
        EXPANDED;

        /** The action named, or the one the status code implies when the name is missing or unknown. */
        static Action of(String name, String status) {
            String folded = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            for (Action action : values()) {
                if (folded.startsWith(action.name().toLowerCase(Locale.ROOT))) {
                    return action;
                }
            }
            if (status != null && status.startsWith("4")) {
                return DELAYED;
            }
            return status != null && status.startsWith("2") ? DELIVERED : FAILED;
        }
    }

    /** Reads the report of a message classified as a bounce. */
    static DeliveryStatusReport of(ParsedMail bounce) {
        OriginalMessage original = OriginalMessage.of(bounce);
        var part = ReportFields.ownPart(bounce, STATUS_PARTS);
        if (part.isPresent()) {
            List<MailHeaders> groups = ReportFields.groups(part.get().content());
            List<Recipient> recipients = recipients(groups);
            if (!recipients.isEmpty()) {
                String mta = ReportFields.typedValue(groups.get(0), "Reporting-MTA");
                return new DeliveryStatusReport(recipients, mta, original, true);
            }
        }
        return new DeliveryStatusReport(ClassicBounce.recipients(bounce), null, original, false);
    }

    /** The recipients the message will not reach. */
    List<Recipient> failures() {
        return recipients.stream().filter(Recipient::failed).toList();
    }

    /** Whether the message failed for at least one recipient (a delay alone is not a failure). */
    boolean hasFailures() {
        return recipients.stream().anyMatch(Recipient::failed);
    }

    private static List<Recipient> recipients(List<MailHeaders> groups) {
        List<Recipient> recipients = new ArrayList<>();
        for (MailHeaders group : groups) {
            String address = ReportFields.address(group, "Final-Recipient");
            if (address == null) {
                address = ReportFields.address(group, "Original-Recipient");
            }
            if (address == null) {
                continue;
            }
            String status = EnhancedStatus.in(group.first("Status"));
            recipients.add(new Recipient(
                    address,
                    Action.of(group.first("Action"), status),
                    status,
                    ReportFields.typedValue(group, "Diagnostic-Code"),
                    ReportFields.typedValue(group, "Remote-MTA")));
        }
        return recipients;
    }
}
