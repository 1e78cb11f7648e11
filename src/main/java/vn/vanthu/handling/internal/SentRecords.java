package vn.vanthu.handling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the handling module has sent, each keyed so that a second attempt (another node, a republished event, the
 * next timer tick) inserts nothing and sends nothing: {@code INSERT … ON CONFLICT DO NOTHING} answers 1 only to the
 * first.
 */
@Repository
class SentRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    SentRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean firstReminder(long documentId, String kind, LocalDate deadline) {
        return jdbc.sql("INSERT INTO deadline_reminder (document_id, kind, deadline, sent_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(documentId, kind, deadline, now())
                        .update()
                == 1;
    }

    boolean firstUrgentNotice(long documentId, String recipients) {
        return jdbc.sql("INSERT INTO urgent_notice (document_id, recipients, sent_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(documentId, AssignmentRows.cut(recipients, 2000), now())
                        .update()
                == 1;
    }

    boolean firstStatusReport(long documentId, String code, OffsetDateTime changedAt, String recipient) {
        return jdbc.sql("INSERT INTO status_report (document_id, status_code, changed_at, recipient, sent_at)"
                                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(documentId, code, changedAt, recipient, now())
                        .update()
                == 1;
    }

    boolean firstDigest(long accountId, LocalDate day, int items) {
        return jdbc.sql("INSERT INTO daily_digest (account_id, digest_day, item_count, sent_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(accountId, day, items, now())
                        .update()
                == 1;
    }

    boolean digestSent(long accountId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM daily_digest WHERE account_id = ? AND digest_day = ?")
                        .params(accountId, day)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** When the account's last digest went out, if ever. */
    Optional<OffsetDateTime> lastDigest(long accountId) {
        return jdbc.sql("SELECT MAX(sent_at) FROM daily_digest WHERE account_id = ?")
                .param(accountId)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
