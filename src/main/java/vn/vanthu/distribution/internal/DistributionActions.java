package vn.vanthu.distribution.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.account.Account;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentAction;
import vn.vanthu.registry.DocumentActions;
import vn.vanthu.registry.DocumentDetails;

/** Offers the distribution board on an outgoing document's page. */
@Component
class DistributionActions implements DocumentActions {

    @Override
    public List<DocumentAction> actionsFor(DocumentDetails document, Account caller) {
        if (document.summary().direction() != Direction.OUTGOING) {
            return List.of();
        }
        return List.of(new DocumentAction(
                "doc.distribution.link", "/documents/" + document.summary().id() + "/distribution", false));
    }
}
