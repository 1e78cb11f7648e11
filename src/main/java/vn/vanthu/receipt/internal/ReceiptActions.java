package vn.vanthu.receipt.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.account.Account;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentAction;
import vn.vanthu.registry.DocumentActions;
import vn.vanthu.registry.DocumentDetails;

/** Offers "Xác nhận đã nhận" on a unit's copy of a document delivered through VanThu, until it is confirmed. */
@Component
class ReceiptActions implements DocumentActions {

    private final DeliveryBook deliveries;

    ReceiptActions(DeliveryBook deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public List<DocumentAction> actionsFor(DocumentDetails document, Account caller) {
        var summary = document.summary();
        if (summary.direction() != Direction.INCOMING || caller.organizationId() != summary.organizationId()) {
            return List.of();
        }
        return deliveries
                .ofIncomingCopy(summary.id())
                .filter(d -> d.confirmedAt() == null && d.status() != vn.vanthu.distribution.DeliveryStatus.REFUSED)
                .map(d -> List.of(
                        new DocumentAction("receipt.confirm", "/documents/" + summary.id() + "/confirm-receipt", true)))
                .orElse(List.of());
    }
}
