package vn.vanthu.receipt.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vanthu.distribution.ConfirmationChannel;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.intake.MailClassified;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.ParsedMail;
import vn.vanthu.receipt.internal.ReceiptEvents.Outcome;
import vn.vanthu.storage.BlobStore;

/**
 * Examines every message the intake read for what it says about deliveries: replies and read receipts confirm
 * (or refuse) when they come from the recipient unit; bounces mark the delivery bounced; auto-replies never count,
 * except another VanThu's acknowledgement. What matches nothing waits for the clerk.
 */
@Component
class ReceiptDesk {

    private static final Logger log = LoggerFactory.getLogger(ReceiptDesk.class);

    private final MailReader reader;
    private final BlobStore blobs;
    private final DeliveryMatcher matcher;
    private final DeliveryBook deliveries;
    private final UnitAddresses units;
    private final ReceiptEvents events;

    ReceiptDesk(
            MailReader reader,
            BlobStore blobs,
            DeliveryMatcher matcher,
            DeliveryBook deliveries,
            UnitAddresses units,
            ReceiptEvents events) {
        this.reader = reader;
        this.blobs = blobs;
        this.matcher = matcher;
        this.deliveries = deliveries;
        this.units = units;
        this.events = events;
    }

    /**
     * An official document whose headers cannot name a delivery (no In-Reply-To or References, no plus-address,
     * no token in the subject): most incoming letters. They are not read a second time.
     */
    public static boolean isPlainLetter(MailClassified message) {
        return "OFFICIAL_DOCUMENT".equals(message.messageClass())
                && message.inReplyTo().isEmpty()
                && message.references().isEmpty()
                && message.to().stream().noneMatch(address -> address.contains("+"))
                && Tokens.inSubject(message.subject()).isEmpty();
    }

    // A plain letter gets no publication at all (most of the intake): the condition is checked before one is stored.
    @ApplicationModuleListener(condition = "!T(vn.vanthu.receipt.internal.ReceiptDesk).isPlainLetter(#message)")
    void on(MailClassified message) {
        if (events.examined(message.inboundMessageId())) {
            return;
        }
        ParsedMail mail = read(message.rawSha256());
        ReceiptKeys keys = ReceiptKeys.of(mail);
        var letter = new ReceiptEvents.Letter(keys.from(), mail.subject());
        switch (message.messageClass()) {
            case "BOUNCE" -> bounce(message.inboundMessageId(), mail, keys, letter);
            case "READ_RECEIPT" -> readReceipt(message.inboundMessageId(), mail, keys, letter);
            case "AUTO_REPLY" -> {
                if (keys.vanThuAcknowledgement()) {
                    reply(message.inboundMessageId(), mail, keys, letter, true);
                }
            }
            case "OFFICIAL_DOCUMENT" -> {
                // A document sent in reply to a delivery confirms it too; one that matches nothing is just a letter.
                if (!keys.messageIds().isEmpty() || !keys.tokens().isEmpty()) {
                    reply(message.inboundMessageId(), mail, keys, letter, false);
                }
            }
            default ->
                reply(
                        message.inboundMessageId(),
                        mail,
                        keys,
                        letter,
                        message.messageClass().equals("DELIVERY_REPLY"));
        }
    }

    private void reply(
            long inbound, ParsedMail mail, ReceiptKeys keys, ReceiptEvents.Letter letter, boolean queueIfUnmatched) {
        if (keys.forwarded()) {
            return;
        }
        Optional<Delivery> match = matcher.match(keys);
        if (match.isEmpty()) {
            if (queueIfUnmatched) {
                events.record(inbound, null, Outcome.UNMATCHED, null, letter, ReplyText.of(mail));
            }
            return;
        }
        Delivery delivery = match.get();
        if (!units.speaksFor(keys.from(), delivery.organizationId())) {
            events.record(
                    inbound,
                    delivery.id(),
                    Outcome.SUSPICIOUS,
                    null,
                    letter,
                    "Người gửi không thuộc đơn vị nhận: " + keys.from());
            log.warn(
                    "Thư {} khớp lần gửi {} nhưng gửi từ địa chỉ ngoài đơn vị: {}",
                    inbound,
                    delivery.id(),
                    keys.from());
            return;
        }
        String text = ReplyText.of(mail);
        Optional<String> refusal = IsRefusal.reason(text);
        if (refusal.isPresent()) {
            deliveries.refuse(delivery.id(), refusal.get());
            events.record(inbound, delivery.id(), Outcome.REFUSED, "REPLY", letter, refusal.get());
        } else {
            deliveries.confirm(delivery.id(), ConfirmationChannel.REPLY, text.isBlank() ? null : text);
            events.record(inbound, delivery.id(), Outcome.CONFIRMED, "REPLY", letter, text);
        }
    }

    private void readReceipt(long inbound, ParsedMail mail, ReceiptKeys keys, ReceiptEvents.Letter letter) {
        DispositionReport report = DispositionReport.of(mail);
        Optional<Delivery> match =
                matcher.byOriginal(report.originalMessageId(), null).or(() -> matcher.match(keys));
        if (match.isEmpty()) {
            events.record(inbound, null, Outcome.UNMATCHED, null, letter, "Xác nhận đã đọc không khớp lần gửi nào");
            return;
        }
        Delivery delivery = match.get();
        if (!report.confirmsReceipt()) {
            events.record(inbound, delivery.id(), Outcome.IGNORED, null, letter, "Thư bị xóa khi chưa đọc");
        } else if (!units.speaksFor(keys.from(), delivery.organizationId())) {
            events.record(
                    inbound,
                    delivery.id(),
                    Outcome.SUSPICIOUS,
                    null,
                    letter,
                    "Xác nhận đã đọc từ địa chỉ ngoài đơn vị nhận: " + keys.from());
        } else {
            deliveries.confirm(delivery.id(), ConfirmationChannel.READ_RECEIPT, "Xác nhận đã đọc");
            events.record(inbound, delivery.id(), Outcome.CONFIRMED, "READ_RECEIPT", letter, null);
        }
    }

    private void bounce(long inbound, ParsedMail mail, ReceiptKeys keys, ReceiptEvents.Letter letter) {
        DeliveryStatusReport report = DeliveryStatusReport.of(mail);
        var original = report.original();
        Optional<Delivery> match = matcher.byOriginal(original.messageId(), original.deliveryToken())
                .or(() -> matcher.match(keys));
        if (match.isEmpty()) {
            events.record(inbound, null, Outcome.UNMATCHED, null, letter, "Thư báo lỗi không khớp lần gửi nào");
            return;
        }
        Delivery delivery = match.get();
        var failure = report.failures().stream()
                .filter(r -> r.address() == null || r.address().equalsIgnoreCase(delivery.email()))
                .findFirst();
        if (failure.isEmpty()) {
            events.record(
                    inbound, delivery.id(), Outcome.IGNORED, null, letter, "Báo chậm hoặc không có lỗi cho đơn vị");
            return;
        }
        String diagnostic = ((failure.get().status() == null
                                ? ""
                                : failure.get().status() + " ")
                        + (failure.get().diagnostic() == null
                                ? ""
                                : failure.get().diagnostic()))
                .strip();
        deliveries.markBounced(delivery.id(), diagnostic);
        events.record(inbound, delivery.id(), Outcome.BOUNCED, null, letter, diagnostic);
    }

    private ParsedMail read(String sha256) {
        try {
            return reader.read(blobs.pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
