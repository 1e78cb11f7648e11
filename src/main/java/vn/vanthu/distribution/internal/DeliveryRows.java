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

    /** Deliveries of these documents to these organizations (matching a reply by document number and sender). */
    public List<Delivery> toOrganizations(List<Long> documentIds, java.util.Collection<Long> organizationIds) {
        if (documentIds.isEmpty() || organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE d.document_id IN (:documents) AND d.organization_id IN (:organizations)")
                .param("documents", documentIds)
                .param("organizations", organizationIds)
                .query(this::map)
                .list();
    }

    /**
     * Unconfirmed deliveries due a reminder: sent at least {@code firstAfter} ago, fewer than {@code max} reminders,
     * the last one at least {@code firstAfter × 2^(reminders sent)} ago.
     */
    public List<Delivery> dueForReminder(OffsetDateTime now, java.time.Duration firstAfter, int max) {
        return jdbc
                .sql(SELECT + " WHERE d.status = 'SENT' AND d.confirmed_at IS NULL AND d.email IS NOT NULL"
                        + " AND d.reminders_sent < ? AND d.sent_at <= ? ORDER BY d.id")
                .params(max, now.minus(firstAfter))
                .query(this::map)
                .list()
                .stream()
                .filter(d -> dueAgain(d.id(), now, firstAfter))
                .toList();
    }

    /** Locks a delivery's row and says whether it is still due a reminder (another node may have sent it). */
    public boolean lockIfDueForReminder(long id, OffsetDateTime now, java.time.Duration firstAfter, int max) {
        Integer sent = jdbc.sql("SELECT reminders_sent FROM delivery WHERE id = ? AND status = 'SENT'"
                        + " AND confirmed_at IS NULL FOR UPDATE")
                .param(id)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return sent != null && sent < max && dueAgain(id, now, firstAfter);
    }

    public void recordReminder(long deliveryId, OffsetDateTime at) {
        jdbc.sql("UPDATE delivery SET reminders_sent = reminders_sent + 1, last_reminded_at = ? WHERE id = ?")
                .params(at, deliveryId)
                .update();
    }

    /** Deliveries of an organization's documents sent since a time that are not confirmed. */
    public List<Delivery> openSince(long senderOrganizationId, OffsetDateTime since, List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE d.document_id IN (:documents) AND d.created_at >= :since"
                        + " AND d.status IN ('PENDING', 'SENT', 'FAILED', 'BOUNCED') ORDER BY d.document_id, o.name")
                .param("documents", documentIds)
                .param("since", since)
                .query(this::map)
                .list();
    }

    private boolean dueAgain(long id, OffsetDateTime now, java.time.Duration firstAfter) {
        return jdbc.sql("SELECT reminders_sent, last_reminded_at FROM delivery WHERE id = ?")
                .param(id)
                .query((rs, row) -> {
                    OffsetDateTime last = rs.getObject("last_reminded_at", OffsetDateTime.class);
                    long factor = 1L << Math.min(rs.getInt("reminders_sent"), 10);
                    return last == null
                            || !last.plus(firstAfter.multipliedBy(factor)).isAfter(now);
                })
                .single();
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
