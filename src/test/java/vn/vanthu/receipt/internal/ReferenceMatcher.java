package vn.vanthu.receipt.internal;

import vn.vanthu.mime.MessageClass;
import vn.vanthu.mime.ParsedMail;

/**
 * A sketch of the matching rules of issue 6 over one delivery (the corpus's placeholders), built only from the
 * parsers: it shows that they give the matcher enough to reach every outcome in {@code expected.csv}. It is not the
 * product's matcher, which looks deliveries up in the database.
 */
final class ReferenceMatcher {

    private static final DocumentCode DOCUMENT =
            DocumentCode.inSubject(Receipts.DOC_NUMBER).orElseThrow();

    private ReferenceMatcher() {}

    /** The outcome and the way, as {@code expected.csv} spells them ("CONFIRMED" and "REPLY", "IGNORED" and ""). */
    record Outcome(String outcome, String via) {}

    static Outcome outcome(ParsedMail mail, MessageClass messageClass) {
        ReceiptKeys keys = ReceiptKeys.of(mail);
        return switch (messageClass) {
            case BOUNCE -> bounce(DeliveryStatusReport.of(mail), keys);
            case READ_RECEIPT -> readReceipt(DispositionReport.of(mail), keys);
            case AUTO_REPLY -> keys.vanThuAcknowledgement() ? reply(mail, keys) : new Outcome("IGNORED", "");
            case OFFICIAL_DOCUMENT -> new Outcome("IGNORED", "");
            default -> keys.forwarded() ? new Outcome("IGNORED", "") : reply(mail, keys);
        };
    }

    private static Outcome bounce(DeliveryStatusReport report, ReceiptKeys keys) {
        boolean matched = Receipts.MESSAGE_ID.equals(report.original().messageId())
                || Receipts.TOKEN.equals(report.original().deliveryToken())
                || namesDelivery(keys);
        if (!matched) {
            return new Outcome("UNMATCHED", "");
        }
        return new Outcome(report.hasFailures() ? "BOUNCED" : "IGNORED", "");
    }

    private static Outcome readReceipt(DispositionReport report, ReceiptKeys keys) {
        if (!Receipts.MESSAGE_ID.equals(report.originalMessageId()) && !namesDelivery(keys)) {
            return new Outcome("UNMATCHED", "");
        }
        if (!report.confirmsReceipt()) {
            return new Outcome("IGNORED", "");
        }
        return fromUnit(keys) ? new Outcome("CONFIRMED", "READ_RECEIPT") : new Outcome("SUSPICIOUS", "");
    }

    private static Outcome reply(ParsedMail mail, ReceiptKeys keys) {
        boolean byNumber = DOCUMENT.sameAs(keys.documentCode()) && fromUnit(keys);
        if (!namesDelivery(keys) && !byNumber) {
            return new Outcome("UNMATCHED", "");
        }
        if (!fromUnit(keys)) {
            return new Outcome("SUSPICIOUS", "");
        }
        boolean refused = new IsRefusal().test(ReplyText.of(mail));
        return new Outcome(refused ? "REFUSED" : "CONFIRMED", "REPLY");
    }

    private static boolean namesDelivery(ReceiptKeys keys) {
        return keys.messageIds().contains(Receipts.MESSAGE_ID) || keys.tokens().contains(Receipts.TOKEN);
    }

    private static boolean fromUnit(ReceiptKeys keys) {
        return Receipts.UNIT_ADDRESS.equals(keys.from());
    }
}
