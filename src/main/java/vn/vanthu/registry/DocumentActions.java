package vn.vanthu.registry;

import java.util.List;
import vn.vanthu.account.Account;

/**
 * An extension point of the document page: modules that act on documents (distribution, receipts, handling) offer
 * their buttons without the registry knowing them.
 *
 * <p>Implementations MUST return only actions the caller may take, and SHOULD be cheap (they run on every page
 * view).
 */
public interface DocumentActions {

    /** The actions offered to this caller for this document; empty when none. */
    List<DocumentAction> actionsFor(DocumentDetails document, Account caller);
}
