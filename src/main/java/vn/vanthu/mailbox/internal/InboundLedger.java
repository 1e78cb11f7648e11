package vn.vanthu.mailbox.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.vanthu.storage.StoredBlob;

/**
 * The dedupe ledger: one row per (mailbox, dedupe key). Its unique key, not Camel's idempotent repository,
 * makes a second arrival of the same message a no-op.
 */
@Repository
class InboundLedger {

    enum Status {
        RECEIVED,
        PROCESSED,
        QUARANTINED
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    InboundLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a message once and returns its row id; a second call with the same key returns the first row. */
    long record(String mailbox, String dedupeKey, RawHeaders headers, StoredBlob raw) {
        jdbc.sql("INSERT INTO inbound_message (mailbox, dedupe_key, message_id, raw_sha256, raw_size, from_address,"
                        + " subject, status, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(
                        mailbox,
                        dedupeKey,
                        cut(headers.messageId(), 1000),
                        raw.sha256(),
                        raw.size(),
                        cut(headers.from(), 320),
                        cut(headers.subject(), 1000),
                        OffsetDateTime.now(clock))
                .update();
        return jdbc.sql("SELECT id FROM inbound_message WHERE mailbox = ? AND dedupe_key = ?")
                .params(mailbox, dedupeKey)
                .query(Long.class)
                .single();
    }

    /** Counts one more attempt at a message and returns the count. */
    int startAttempt(long id) {
        jdbc.sql("UPDATE inbound_message SET attempts = attempts + 1 WHERE id = ?")
                .param(id)
                .update();
        return jdbc.sql("SELECT attempts FROM inbound_message WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    /**
     * Locks a message's row for handling and returns its status, or nothing when another poller holds the lock:
     * two pollers never handle the same message at once.
     */
    Optional<Status> lock(long id) {
        return jdbc.sql("SELECT status FROM inbound_message WHERE id = ? FOR UPDATE SKIP LOCKED")
                .param(id)
                .query(String.class)
                .optional()
                .map(Status::valueOf);
    }

    /** Puts a quarantined message back to be taken again, its attempts counted afresh. */
    void reopen(long id) {
        jdbc.sql("UPDATE inbound_message SET status = 'RECEIVED', attempts = 1 WHERE id = ? AND status = 'QUARANTINED'")
                .param(id)
                .update();
    }

    void markProcessed(long id, String messageClass, String note) {
        mark(id, Status.PROCESSED, messageClass, note);
    }

    void markQuarantined(long id, String note) {
        mark(id, Status.QUARANTINED, null, note);
    }

    private void mark(long id, Status status, String messageClass, String note) {
        jdbc.sql("UPDATE inbound_message SET status = ?, message_class = COALESCE(?, message_class), note = ?,"
                        + " processed_at = ? WHERE id = ?")
                .params(status.name(), messageClass, cut(note, 2000), OffsetDateTime.now(clock), id)
                .update();
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
