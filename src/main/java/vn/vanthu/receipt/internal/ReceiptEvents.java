package vn.vanthu.receipt.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind what became of each message examined as a receipt, and the review queue. */
@Repository
class ReceiptEvents {

    /** One examined message and its outcome. */
    record Event(
            long id,
            long inboundMessageId,
            Long deliveryId,
            String outcome,
            String via,
            String sender,
            String subject,
            String detail,
            OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ReceiptEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a message was examined already (the listener may run again after a restart). */
    boolean examined(long inboundMessageId) {
        return jdbc.sql("SELECT COUNT(*) FROM receipt_event WHERE inbound_message_id = ?")
                        .param(inboundMessageId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void record(long inboundMessageId, Long deliveryId, Outcome outcome, String via, Letter letter, String detail) {
        jdbc.sql("INSERT INTO receipt_event (inbound_message_id, delivery_id, outcome, via, sender, subject, detail,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        inboundMessageId,
                        deliveryId,
                        outcome.name(),
                        via,
                        cut(letter.sender(), 320),
                        cut(letter.subject(), 1000),
                        cut(detail, 2000),
                        OffsetDateTime.now(clock))
                .update();
    }

    /** Replies that matched nothing and suspicious ones, waiting for the clerk. */
    List<Event> open() {
        return jdbc.sql(
                        "SELECT * FROM receipt_event WHERE outcome IN ('UNMATCHED', 'SUSPICIOUS') AND resolved_at IS NULL"
                                + " ORDER BY id DESC LIMIT 500")
                .query((rs, row) -> {
                    long delivery = rs.getLong("delivery_id");
                    return new Event(
                            rs.getLong("id"),
                            rs.getLong("inbound_message_id"),
                            rs.wasNull() ? null : delivery,
                            rs.getString("outcome"),
                            rs.getString("via"),
                            rs.getString("sender"),
                            rs.getString("subject"),
                            rs.getString("detail"),
                            rs.getObject("created_at", OffsetDateTime.class));
                })
                .list();
    }

    Optional<Event> find(long id) {
        return open().stream().filter(e -> e.id() == id).findFirst();
    }

    void resolve(long id, String actor) {
        jdbc.sql("UPDATE receipt_event SET resolved_at = ?, resolved_by = ? WHERE id = ?")
                .params(OffsetDateTime.now(clock), actor, id)
                .update();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** What an examined message did. */
    enum Outcome {
        CONFIRMED,
        REFUSED,
        BOUNCED,
        IGNORED,
        SUSPICIOUS,
        UNMATCHED
    }

    /** The few facts of a message the record keeps. */
    record Letter(String sender, String subject) {}
}
