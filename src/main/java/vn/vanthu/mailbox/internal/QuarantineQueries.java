package vn.vanthu.mailbox.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.vanthu.mailbox.QuarantinedMessage;

/** The read side of the quarantine for its page, and closing entries. */
@Repository
public class QuarantineQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    public QuarantineQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<QuarantinedMessage> recent(int limit) {
        return jdbc.sql("SELECT q.id, q.mailbox, m.from_address, m.subject, q.reason, q.detail, q.created_at,"
                        + " q.resolution FROM quarantine q LEFT JOIN inbound_message m ON m.id = q.inbound_message_id"
                        + " ORDER BY CASE WHEN q.resolved_at IS NULL THEN 0 ELSE 1 END, q.id DESC LIMIT " + limit)
                .query((rs, row) -> new QuarantinedMessage(
                        rs.getLong("id"),
                        rs.getString("mailbox"),
                        rs.getString("from_address"),
                        rs.getString("subject"),
                        rs.getString("reason"),
                        rs.getString("detail"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("resolution")))
                .list();
    }

    /** The ledger row, mailbox and raw message of an open entry. */
    public java.util.Optional<OpenEntry> open(long id) {
        return jdbc.sql(
                        "SELECT q.inbound_message_id, q.mailbox, m.raw_sha256, m.raw_size FROM quarantine q"
                                + " JOIN inbound_message m ON m.id = q.inbound_message_id WHERE q.id = ? AND q.resolved_at IS NULL")
                .param(id)
                .query((rs, row) -> new OpenEntry(
                        rs.getLong("inbound_message_id"),
                        rs.getString("mailbox"),
                        rs.getString("raw_sha256"),
                        rs.getLong("raw_size")))
                .optional();
    }

    /** An open quarantine entry's message. */
    public record OpenEntry(long inboundMessageId, String mailbox, String rawSha256, long rawSize) {}

    public void resolve(long id, String resolution) {
        jdbc.sql("UPDATE quarantine SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL")
                .params(OffsetDateTime.now(clock), resolution, id)
                .update();
    }
}
