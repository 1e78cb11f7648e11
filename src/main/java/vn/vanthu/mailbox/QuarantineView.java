package vn.vanthu.mailbox;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.mailbox.internal.MailIntake;
import vn.vanthu.mailbox.internal.QuarantineQueries;

/**
 * The quarantine as the administrator sees it: what failed and why; dismissing an entry, or taking its message in
 * again (after a fix, or a larger size limit).
 */
@Service
public class QuarantineView {

    private final QuarantineQueries queries;
    private final MailIntake intake;

    public QuarantineView(QuarantineQueries queries, MailIntake intake) {
        this.queries = queries;
        this.intake = intake;
    }

    /** The latest entries, open ones first. */
    @Transactional(readOnly = true)
    public List<QuarantinedMessage> recent(int limit) {
        return queries.recent(Math.max(1, Math.min(limit, 1000)));
    }

    /**
     * Takes a quarantined message in again from its stored raw bytes and closes the entry; returns whether it was
     * taken this time (when not, a new entry says why).
     */
    public boolean retry(long id) {
        return intake.retry(id);
    }

    /** Closes an open entry without taking the message in. */
    @Transactional
    public void dismiss(long id) {
        queries.resolve(id, "DISMISSED");
    }
}
