package vn.vanthu.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the dedupe ledger and the quarantine, for assertions. */
public final class Inbound {

    /** One ledger row. */
    public record Row(long id, String dedupeKey, String status, String messageClass, String note) {}

    private final JdbcClient jdbc;

    public Inbound(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ledger rows whose subject contains the text. */
    public List<Row> withSubject(String text) {
        return jdbc.sql("SELECT id, dedupe_key, status, message_class, note FROM inbound_message"
                        + " WHERE subject LIKE ? ORDER BY id")
                .param("%" + text + "%")
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("dedupe_key"),
                        rs.getString("status"),
                        rs.getString("message_class"),
                        rs.getString("note")))
                .list();
    }

    /** The quarantine reasons of a ledger row. */
    public List<String> quarantineReasons(long inboundMessageId) {
        return jdbc.sql("SELECT reason || ': ' || detail FROM quarantine WHERE inbound_message_id = ? ORDER BY id")
                .param(inboundMessageId)
                .query(String.class)
                .list();
    }

    /** The documents taken from a ledger row: status and pending reason. */
    public List<String> documents(long inboundMessageId) {
        return jdbc.sql("SELECT status || ' ' || COALESCE(CAST(register_number AS VARCHAR), '-') || ' '"
                        + " || COALESCE(pending_reason, '') FROM document WHERE inbound_message_id = ? ORDER BY id")
                .param(inboundMessageId)
                .query(String.class)
                .list();
    }
}
