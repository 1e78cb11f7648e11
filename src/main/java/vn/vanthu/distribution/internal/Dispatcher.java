package vn.vanthu.distribution.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryStatus;
import vn.vanthu.distribution.DistributionProperties;
import vn.vanthu.mailbox.MailOutbox;
import vn.vanthu.mailbox.OutgoingAttachment;
import vn.vanthu.mailbox.QueuedMail;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.NewFile;
import vn.vanthu.registry.NewIncomingDocument;

/**
 * Delivers an issued document to one unit, both ways at once: into the unit's own incoming register (automatic
 * intake at schools) and by e-mail to its official address through the outbox. Runs inside the issuing
 * transaction, so a failure leaves neither a number nor a half-sent circular.
 */
@Component
public class Dispatcher {

    private final DeliveryRows deliveries;
    private final DocumentRegistry registry;
    private final MailOutbox outbox;
    private final CircularMails mails;
    private final DistributionProperties properties;
    private final Clock clock;

    Dispatcher(
            DeliveryRows deliveries,
            DocumentRegistry registry,
            MailOutbox outbox,
            CircularMails mails,
            DistributionProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.registry = registry;
        this.outbox = outbox;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    Delivery deliver(Letter letter, Organization to) {
        DocumentSummary copy = registry.receive(new NewIncomingDocument(
                to.id(),
                letter.metadata(),
                letter.text(),
                letter.files(),
                true,
                null,
                letter.issuer().primaryEmail(),
                "VanThu: " + letter.issuer().name(),
                null,
                null,
                null,
                false));
        long id = deliveries.insert(letter.documentId(), to.id(), to.primaryEmail(), Tokens.next(), copy.id());
        if (to.primaryEmail() == null) {
            deliveries.move(
                    id,
                    DeliveryStatus.SENT,
                    "Đơn vị chưa có địa chỉ thư: chỉ nhận trên VanThu.",
                    List.of(DeliveryStatus.PENDING));
            deliveries.markSentAt(id, OffsetDateTime.now(clock));
        } else {
            send(letter, to, deliveries.find(id).orElseThrow());
        }
        return deliveries.find(id).orElseThrow();
    }

    /** Sends (or sends again) the delivery e-mail. */
    void send(Letter letter, Organization to, Delivery delivery) {
        NewFile document = letter.files().get(0);
        boolean linkOnly = document.size() > properties.attachLimit().toBytes();
        List<OutgoingAttachment> files = letter.files().stream()
                .filter(f -> !linkOnly || f != document)
                .map(f -> new OutgoingAttachment(f.fileName(), f.mediaType(), f.sha256()))
                .toList();
        QueuedMail queued = outbox.enqueue(mails.delivery(letter, to, delivery, files, linkOnly));
        deliveries.recordMessage(delivery.id(), queued.messageId(), queued.id(), CircularMails.DELIVERY);
    }

    /** Reminds the unit to confirm receipt, threaded under the delivery e-mail, and counts the reminder. */
    void remind(Letter letter, Organization to, Delivery delivery) {
        QueuedMail queued = outbox.enqueue(mails.reminder(letter, to, delivery));
        deliveries.recordMessage(delivery.id(), queued.messageId(), queued.id(), CircularMails.REMINDER);
        deliveries.recordReminder(delivery.id(), OffsetDateTime.now(clock));
    }

    /** Tells the unit the document is recalled, and marks its copy recalled. */
    void recall(Letter letter, Organization to, Delivery delivery, String actor, String reason) {
        if (delivery.incomingDocumentId() != null) {
            registry.recall(delivery.incomingDocumentId(), actor, "Bên gửi thu hồi: " + reason);
        }
        if (delivery.email() != null) {
            QueuedMail queued = outbox.enqueue(mails.recall(letter, to, delivery, reason));
            deliveries.recordMessage(delivery.id(), queued.messageId(), queued.id(), CircularMails.RECALL);
        }
    }
}
