package vn.vanthu.mailbox;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.mailbox.internal.QuarantineQueries;

/**
 * The quarantine as the administrator sees it: what failed and why, and dismissing an entry. Retrying a message
 * belongs to the intake and is not offered here yet.
 */
@Service
public class QuarantineView {

    private final QuarantineQueries queries;

    public QuarantineView(QuarantineQueries queries) {
        this.queries = queries;
    }

    /** The latest entries, open ones first. */
    @Transactional(readOnly = true)
    public List<QuarantinedMessage> recent(int limit) {
        return queries.recent(Math.max(1, Math.min(limit, 1000)));
    }

    /** Closes an open entry without taking the message in. */
    @Transactional
    public void dismiss(long id) {
        queries.resolve(id, "DISMISSED");
    }
}
