package vn.vanthu.distribution.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.vanthu.distribution.ConfirmationChannel;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryStatus;

/** The SQL behind deliveries and the e-mails sent for them. */
@Repository
public class DeliveryRows {

    private static final String SELECT = "SELECT d.id, d.document_id, d.organization_id, o.name AS organization_name,"
            + " d.email, d.status, d.token, d.message_id, d.incoming_document_id, d.sent_at, d.confirmed_at,"
            + " d.confirmed_via, d.status_detail FROM delivery d JOIN organization o ON o.id = d.organization_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    public DeliveryRows(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    public long insert(long documentId, long organizationId, String email, String token, Long incomingDocumentId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO delivery (document_id, organization_id, email, status, token, incoming_document_id,"
                        + " created_at, updated_at) VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?)")
                .params(documentId, organizationId, email, token, incomingDocumentId, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void recordMessage(long deliveryId, String messageId, long outboxId, String kind) {
        jdbc.sql("UPDATE delivery SET message_id = ?, outbox_id = ?, updated_at = ? WHERE id = ?")
                .params(messageId, outboxId, OffsetDateTime.now(clock), deliveryId)
                .update();
        jdbc.sql("INSERT INTO delivery_message (message_id, delivery_id, kind, created_at) VALUES (?, ?, ?, ?)")
                .params(messageId, deliveryId, kind, OffsetDateTime.now(clock))
                .update();
    }

    /** Moves a delivery to a status, only from one of the given statuses; returns whether it moved. */
    public boolean move(long id, DeliveryStatus to, String detail, List<DeliveryStatus> from) {
        String allowed =
                String.join(",", from.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.sql("UPDATE delivery SET status = ?, status_detail = COALESCE(?, status_detail), updated_at = ?"
                                + " WHERE id = ? AND status IN (" + allowed + ")")
                        .params(to.name(), cut(detail), OffsetDateTime.now(clock), id)
                        .update()
                == 1;
    }

    /** Moves deliveries whose e-mail was accepted to SENT (from PENDING or FAILED), keeping a first sent time. */
    public void markSent(java.util.Map<Long, OffsetDateTime> accepted) {
        var batch = accepted.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), e.getValue(), e.getKey()})
                .toList();
        template.batchUpdate(
                "UPDATE delivery SET sent_at = COALESCE(sent_at, ?), updated_at = ?,"
                        + " status = CASE WHEN status IN ('PENDING', 'FAILED') THEN 'SENT' ELSE status END WHERE id = ?",
                batch);
    }

    public void markSentAt(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE delivery SET sent_at = COALESCE(sent_at, ?) WHERE id = ?")
                .params(at, id)
                .update();
    }

    /** Records the first confirmation only; returns whether this one was the first. */
    public boolean confirm(long id, ConfirmationChannel via, OffsetDateTime at, String detail) {
        return jdbc.sql("UPDATE delivery SET status = 'CONFIRMED', confirmed_at = ?, confirmed_via = ?,"
                                + " status_detail = COALESCE(?, status_detail), updated_at = ?"
                                + " WHERE id = ? AND confirmed_at IS NULL AND status <> 'REFUSED'")
                        .params(at, via.name(), cut(detail), OffsetDateTime.now(clock), id)
                        .update()
                == 1;
    }

    public Optional<Delivery> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(this::map).optional();
    }

    public Optional<Delivery> findByToken(String token) {
        return jdbc.sql(SELECT + " WHERE d.token = ?")
                .param(token)
                .query(this::map)
                .optional();
    }

    public Optional<Delivery> findByMessageId(String messageId) {
        return jdbc.sql(SELECT + " JOIN delivery_message m ON m.delivery_id = d.id WHERE m.message_id = ?")
                .param(messageId)
                .query(this::map)
                .optional();
    }

    public List<Delivery> ofDocument(long documentId) {
        return jdbc.sql(SELECT + " WHERE d.document_id = ? ORDER BY o.name, d.id")
                .param(documentId)
                .query(this::map)
                .list();
    }

    public Optional<Delivery> ofIncomingCopy(long incomingDocumentId) {
        return jdbc.sql(SELECT + " WHERE d.incoming_document_id = ?")
                .param(incomingDocumentId)
                .query(this::map)
                .optional();
    }

    private Delivery map(ResultSet rs, int row) throws SQLException {
        long incoming = rs.getLong("incoming_document_id");
        Long incomingId = rs.wasNull() ? null : incoming;
        String via = rs.getString("confirmed_via");
        return new Delivery(
                rs.getLong("id"),
                rs.getLong("document_id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("email"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getString("token"),
                rs.getString("message_id"),
                incomingId,
                rs.getObject("sent_at", OffsetDateTime.class),
                rs.getObject("confirmed_at", OffsetDateTime.class),
                via == null ? null : ConfirmationChannel.valueOf(via),
                rs.getString("status_detail"));
    }

    private static String cut(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
