package vn.vanthu.distribution.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.mailbox.OutgoingMailFailed;
import vn.vanthu.mailbox.OutgoingMailSent;
import vn.vanthu.mailbox.OutgoingMailsSent;

/** Moves deliveries on when the outbox reports what became of their e-mails. */
@Component
class OutboxResults {

    static final String DELIVERY = "DELIVERY";

    private final DeliveryBook deliveries;

    OutboxResults(DeliveryBook deliveries) {
        this.deliveries = deliveries;
    }

    // Batches of acknowledgements and notices only (no delivery in them) get no publication.
    @ApplicationModuleListener(condition = "#batch.includes('" + DELIVERY + "')")
    void on(OutgoingMailsSent batch) {
        List<OutgoingMailSent> sent = batch.sent().stream()
                .filter(s -> DELIVERY.equals(s.referenceType()) && s.referenceId() != null)
                .toList();
        if (!sent.isEmpty()) {
            deliveries.markSent(sent.stream()
                    .collect(Collectors.toMap(OutgoingMailSent::referenceId, OutgoingMailSent::sentAt, (a, b) -> a)));
        }
    }

    @ApplicationModuleListener(condition = "'" + DELIVERY + "'.equals(#failed.referenceType())")
    void on(OutgoingMailFailed failed) {
        if (DELIVERY.equals(failed.referenceType()) && failed.referenceId() != null) {
            deliveries.markFailed(failed.referenceId(), failed.reason());
        }
    }
}
