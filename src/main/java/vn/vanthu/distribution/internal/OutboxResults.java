package vn.vanthu.distribution.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.mailbox.OutgoingMailFailed;
import vn.vanthu.mailbox.OutgoingMailSent;

/** Moves deliveries on when the outbox reports what became of their e-mails. */
@Component
class OutboxResults {

    static final String DELIVERY = "DELIVERY";

    private final DeliveryBook deliveries;

    OutboxResults(DeliveryBook deliveries) {
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(OutgoingMailSent sent) {
        if (DELIVERY.equals(sent.referenceType()) && sent.referenceId() != null) {
            deliveries.markSent(sent.referenceId(), sent.sentAt());
        }
    }

    @ApplicationModuleListener
    void on(OutgoingMailFailed failed) {
        if (DELIVERY.equals(failed.referenceType()) && failed.referenceId() != null) {
            deliveries.markFailed(failed.referenceId(), failed.reason());
        }
    }
}
