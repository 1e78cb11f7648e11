package vn.vanthu.mailbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.mailbox.OutgoingMailSent;

/**
 * The SQL behind the outbox. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes can send
 * from one outbox and never send the same row at once.
 */
@Repository
public class OutboxRows {

    /** A row claimed for sending. */
    record Claimed(long id, String messageId, String recipient, int attempts, OutgoingMail mail) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    OutboxRows(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public long insert(OutgoingMail mail, String messageId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO outbound_mail (kind, recipient, message_id, subject, spec, status, next_attempt_at,"
                        + " reference_type, reference_id, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)")
                .params(
                        mail.kind(),
                        mail.to().trim(),
                        messageId,
                        InboundLedger.cut(mail.subject(), 1000),
                        json.writeValueAsString(mail),
                        now,
                        mail.referenceType(),
                        mail.referenceId(),
                        now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Claims up to {@code limit} due rows for this node; the claim commits before anything is sent. */
    List<Claimed> claimDue(int limit, String node) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> ids = jdbc.sql("SELECT id FROM outbound_mail WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(now, limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("UPDATE outbound_mail SET status = 'SENDING', claimed_by = :node, claimed_at = :now,"
                        + " attempts = attempts + 1 WHERE id IN (:ids)")
                .param("node", node)
                .param("now", now)
                .param("ids", ids)
                .update();
        return jdbc.sql("SELECT id, message_id, recipient, attempts, spec FROM outbound_mail WHERE id IN (:ids)"
                        + " ORDER BY id")
                .param("ids", ids)
                .query((rs, row) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("message_id"),
                        rs.getString("recipient"),
                        rs.getInt("attempts"),
                        json.readValue(rs.getString("spec"), OutgoingMail.class)))
                .list();
    }

    /**
     * Marks messages sent, in one transaction (one commit for the marks that piled up while the last commit ran):
     * the state that tells a restarted node not to send them again.
     */
    @Transactional
    void markSent(Map<Long, OffsetDateTime> sentAt) {
        sentAt.forEach((id, at) -> jdbc.sql(
                        "UPDATE outbound_mail SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ?")
                .params(at, id)
                .update());
    }

    /** Sent messages whose asker has not been told yet (a batch interrupted by a crash included). */
    List<OutgoingMailSent> unnotified(int limit) {
        return jdbc.sql("SELECT id, message_id, recipient, sent_at, reference_type, reference_id FROM outbound_mail"
                        + " WHERE status = 'SENT' AND notified = FALSE ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(limit)
                .query((rs, row) -> {
                    long reference = rs.getLong("reference_id");
                    return new OutgoingMailSent(
                            rs.getLong("id"),
                            rs.getString("message_id"),
                            rs.getString("recipient"),
                            rs.getObject("sent_at", OffsetDateTime.class),
                            rs.getString("reference_type"),
                            rs.wasNull() ? null : reference);
                })
                .list();
    }

    void markNotified(List<Long> ids) {
        jdbc.sql("UPDATE outbound_mail SET notified = TRUE WHERE id IN (:ids)")
                .param("ids", ids)
                .update();
    }

    void reschedule(long id, Duration delay, String error) {
        jdbc.sql("UPDATE outbound_mail SET status = 'PENDING', next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(OffsetDateTime.now(clock).plus(delay), InboundLedger.cut(error, 2000), id)
                .update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("UPDATE outbound_mail SET status = 'FAILED', last_error = ? WHERE id = ?")
                .params(InboundLedger.cut(error, 2000), id)
                .update();
    }

    /** Gives a claimed row back to the queue unsent, with its attempt uncounted. */
    void release(long id) {
        jdbc.sql("UPDATE outbound_mail SET status = 'PENDING', claimed_by = NULL, attempts = attempts - 1"
                        + " WHERE id = ? AND status = 'SENDING'")
                .param(id)
                .update();
    }

    /**
     * Gives back to the queue the rows claimed by nodes that stopped beating (or claimed very long ago). A message
     * that was being sent at the moment its node died may have reached the server: it goes again with the same
     * Message-ID (at least once, never lost; ADR 7).
     */
    int requeueStale(OffsetDateTime silentSince, Duration claimedLongAgo) {
        return jdbc.sql("UPDATE outbound_mail SET status = 'PENDING', claimed_by = NULL WHERE status = 'SENDING'"
                        + " AND (claimed_at < :old OR claimed_by NOT IN"
                        + " (SELECT node FROM node_heartbeat WHERE beat_at >= :silent))")
                .param("old", OffsetDateTime.now(clock).minus(claimedLongAgo))
                .param("silent", silentSince)
                .update();
    }
}
