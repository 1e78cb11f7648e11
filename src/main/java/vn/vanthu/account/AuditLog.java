package vn.vanthu.account;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.account.internal.AuditRows;

/** The log of logins, failures, password changes, delegations and handovers that the administrator reads. */
@Service
public class AuditLog {

    private final AuditRows rows;

    public AuditLog(AuditRows rows) {
        this.rows = rows;
    }

    /**
     * Writes one entry. It joins the caller's transaction, so a change and its entry are kept or lost together;
     * failed logins have no transaction and are written at once.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, Long accountId, String action, String detail, String remoteAddress) {
        rows.insert(actor, accountId, action, detail, remoteAddress);
    }

    /** The latest entries, newest first, optionally only those of one account or action. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(Long accountId, String action, int limit) {
        return rows.recent(accountId, action, Math.max(1, Math.min(limit, 1000)));
    }
}
