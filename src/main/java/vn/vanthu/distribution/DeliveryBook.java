package vn.vanthu.distribution;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.distribution.internal.DeliveryRows;

/**
 * Keeps the deliveries of outgoing documents and where each stands: sent, confirmed (the first way and time
 * kept), refused, failed or bounced.
 */
@Service
public class DeliveryBook {

    private static final List<DeliveryStatus> OPEN = List.of(DeliveryStatus.PENDING, DeliveryStatus.SENT);

    private final DeliveryRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DeliveryBook(DeliveryRows rows, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** The deliveries of a document, by recipient name. */
    @Transactional(readOnly = true)
    public List<Delivery> ofDocument(long documentId) {
        return rows.ofDocument(documentId);
    }

    /** A delivery by id. */
    @Transactional(readOnly = true)
    public Optional<Delivery> find(long deliveryId) {
        return rows.find(deliveryId);
    }

    /** The delivery a token belongs to. */
    @Transactional(readOnly = true)
    public Optional<Delivery> findByToken(String token) {
        return rows.findByToken(token);
    }

    /** The delivery an e-mail with this Message-ID was sent for (the delivery, a resend, a reminder, a recall). */
    @Transactional(readOnly = true)
    public Optional<Delivery> findByMessageId(String messageId) {
        return rows.findByMessageId(messageId);
    }

    /** The delivery that made a unit's incoming copy, if the copy came through VanThu. */
    @Transactional(readOnly = true)
    public Optional<Delivery> ofIncomingCopy(long incomingDocumentId) {
        return rows.ofIncomingCopy(incomingDocumentId);
    }

    /** The deliveries of these documents to these organizations. */
    @Transactional(readOnly = true)
    public List<Delivery> toOrganizations(List<Long> documentIds, java.util.Collection<Long> organizationIds) {
        return rows.toOrganizations(documentIds, organizationIds);
    }

    /** Unconfirmed deliveries due a reminder, at growing intervals after {@code firstAfter}, at most {@code max}. */
    @Transactional(readOnly = true)
    public List<Delivery> dueForReminder(java.time.Duration firstAfter, int max) {
        return rows.dueForReminder(OffsetDateTime.now(clock), firstAfter, max);
    }

    /** The unconfirmed, failed and bounced deliveries of these documents recorded since a time. */
    @Transactional(readOnly = true)
    public List<Delivery> openSince(long senderOrganizationId, OffsetDateTime since, List<Long> documentIds) {
        return rows.openSince(senderOrganizationId, since, documentIds);
    }

    /** Records that the recipients' servers accepted delivery e-mails: delivery id to the time it was accepted. */
    @Transactional
    public void markSent(java.util.Map<Long, OffsetDateTime> accepted) {
        rows.markSent(accepted);
    }

    /** Records that the delivery e-mail could not be sent, with the server's reason. */
    @Transactional
    public void markFailed(long deliveryId, String reason) {
        rows.move(deliveryId, DeliveryStatus.FAILED, reason, OPEN);
    }

    /** Records a bounce (DSN) of the delivery e-mail, with its status and diagnostic. */
    @Transactional
    public void markBounced(long deliveryId, String diagnostic) {
        rows.move(deliveryId, DeliveryStatus.BOUNCED, diagnostic, OPEN);
    }

    /**
     * Records a confirmation of receipt; idempotent: only the first way and time are kept. Returns whether this
     * confirmation was the first.
     */
    @Transactional
    public boolean confirm(long deliveryId, ConfirmationChannel via, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean first = rows.confirm(deliveryId, via, now, detail);
        if (first) {
            Delivery delivery = rows.find(deliveryId).orElseThrow();
            events.publishEvent(
                    new DeliveryConfirmed(deliveryId, delivery.documentId(), delivery.organizationId(), via, now));
        }
        return first;
    }

    /** Records that the recipient refused the document (edXML 02), with its words as the reason. */
    @Transactional
    public boolean refuse(long deliveryId, String reason) {
        return rows.move(
                deliveryId,
                DeliveryStatus.REFUSED,
                reason,
                List.of(DeliveryStatus.PENDING, DeliveryStatus.SENT, DeliveryStatus.CONFIRMED, DeliveryStatus.BOUNCED));
    }
}
