package vn.vanthu.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentEvent;
import vn.vanthu.registry.DocumentFile;
import vn.vanthu.registry.DocumentRegistered;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.DocumentStatusChanged;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.NewFile;
import vn.vanthu.registry.NewIncomingDocument;
import vn.vanthu.registry.NewOutgoingDocument;

/** The SQL behind documents, their files, texts and histories. */
@Repository
public class DocumentRows {

    private final JdbcClient jdbc;
    private final DocumentMapper mapper;
    private final Clock clock;

    public DocumentRows(JdbcClient jdbc, DocumentMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    public long insertIncoming(NewIncomingDocument command) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO document (organization_id, direction, status, pending_reason, sender_email, source,"
                        + " inbound_message_id, source_part, reply_to_message_id, acknowledge, created_at, updated_at)"
                        + " VALUES (?, 'INCOMING', 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        command.organizationId(),
                        Text.cut(command.pendingReason(), 2000),
                        command.senderEmail(),
                        Text.cut(command.source(), 600),
                        command.inboundMessageId(),
                        command.sourcePart(),
                        Text.cut(command.replyToMessageId(), 1000),
                        command.acknowledge(),
                        now,
                        now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        updateMetadata(id, command.metadata());
        command.files().forEach(file -> addFile(id, file));
        insertText(id, command.text());
        return id;
    }

    public long insertOutgoing(NewOutgoingDocument command, DocumentStatus status) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO document (organization_id, direction, status, source, created_at, updated_at)"
                        + " VALUES (?, 'OUTGOING', ?, ?, ?, ?)")
                .params(command.organizationId(), status.name(), Text.cut(command.source(), 600), now, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        updateMetadata(id, command.metadata());
        command.files().forEach(file -> addFile(id, file));
        insertText(id, command.text());
        return id;
    }

    /** Outgoing documents with this number, leading zeros ignored. */
    public List<DocumentSummary> findOutgoingNumbered(String codeNumber) {
        String number = codeNumber.replaceFirst("^0+(?=\\d)", "");
        return jdbc.sql(DocumentMapper.SELECT_SUMMARY + " WHERE direction = 'OUTGOING' AND code_number IN (?, ?)")
                .params(number, number.length() < 2 ? "0" + number : number)
                .query(mapper::summary)
                .list();
    }

    public List<DocumentSummary> outgoingSince(OffsetDateTime since) {
        return jdbc.sql(DocumentMapper.SELECT_SUMMARY + " WHERE direction = 'OUTGOING' AND registered_at >= ?"
                        + " ORDER BY organization_id, id")
                .param(since)
                .query(mapper::summary)
                .list();
    }

    public String text(long id) {
        return jdbc.sql("SELECT body FROM document_text WHERE document_id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse("");
    }

    public void replaceText(long id, String text) {
        String body = text == null ? "" : text;
        jdbc.sql("UPDATE document_text SET body = ?, folded = ? WHERE document_id = ?")
                .params(body, Text.fold(body), id)
                .update();
    }

    public void setCodeNumber(long id, String codeNumber) {
        jdbc.sql("UPDATE document SET code_number = ? WHERE id = ?")
                .params(codeNumber, id)
                .update();
        refreshSearchKey(id);
    }

    /** Recomputes a document's folded search key from its register fields. */
    void refreshSearchKey(long id) {
        jdbc.sql("SELECT code_number, code_notation, subject, issuer, document_type FROM document WHERE id = ?")
                .param(id)
                .query((rs, row) -> searchKey(
                        rs.getString("code_number"),
                        rs.getString("code_notation"),
                        rs.getString("subject"),
                        rs.getString("issuer"),
                        rs.getString("document_type")))
                .optional()
                .ifPresent(key -> jdbc.sql("UPDATE document SET search_key = ? WHERE id = ?")
                        .params(key, id)
                        .update());
    }

    public void markStatus(long id, DocumentStatus status) {
        jdbc.sql("UPDATE document SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), OffsetDateTime.now(clock), id)
                .update();
    }

    private void insertText(long documentId, String text) {
        String body = text == null ? "" : text;
        jdbc.sql("INSERT INTO document_text (document_id, body, folded) VALUES (?, ?, ?)")
                .params(documentId, body, Text.fold(body))
                .update();
    }

    /** The folded register fields that search without diacritics compares with. */
    static String searchKey(String codeNumber, String codeNotation, String subject, String issuer, String type) {
        return Text.fold(String.join(
                " ",
                (codeNumber == null ? "" : codeNumber) + "/" + (codeNotation == null ? "" : codeNotation),
                subject == null ? "" : subject,
                issuer == null ? "" : issuer,
                type == null ? "" : type));
    }

    public void updateMetadata(long id, DocumentMetadata m) {
        jdbc.sql("UPDATE document SET document_type = ?, code_number = ?, code_notation = ?, promulgation_place = ?,"
                        + " promulgation_date = ?, issuer = ?, parent_issuer = ?, subject = ?, signer_competence = ?,"
                        + " signer_position = ?, signer_full_name = ?, priority = ?, confidentiality = ?, due_date = ?,"
                        + " metadata_json = ?, search_key = ?, updated_at = ? WHERE id = ?")
                .params(
                        Text.cut(m.documentType(), 100),
                        Text.cut(m.codeNumber(), 20),
                        Text.cut(m.codeNotation(), 120),
                        Text.cut(m.promulgationPlace(), 200),
                        m.promulgationDate(),
                        Text.cut(m.organization(), 400),
                        Text.cut(m.parentOrganization(), 400),
                        Text.cut(m.subject(), 2000),
                        Text.cut(m.signer().competence(), 300),
                        Text.cut(m.signer().position(), 300),
                        Text.cut(m.signer().fullName(), 200),
                        m.priority(),
                        m.confidentiality(),
                        m.dueDate(),
                        mapper.listsToJson(m),
                        searchKey(m.codeNumber(), m.codeNotation(), m.subject(), m.organization(), m.documentType()),
                        OffsetDateTime.now(clock),
                        id)
                .update();
    }

    public void addFile(long documentId, NewFile file) {
        jdbc.sql("INSERT INTO document_file (document_id, role, file_name, media_type, byte_size, sha256, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        documentId,
                        file.role(),
                        Text.cut(file.fileName(), 300),
                        Text.cut(file.mediaType(), 200),
                        file.size(),
                        file.sha256(),
                        OffsetDateTime.now(clock))
                .update();
    }

    public void addEvent(long documentId, String actor, String action, String detail) {
        jdbc.sql("INSERT INTO document_event (document_id, happened_at, actor, action, detail) VALUES (?, ?, ?, ?, ?)")
                .params(documentId, OffsetDateTime.now(clock), actor, action, Text.cut(detail, 2000))
                .update();
    }

    public void markRegistered(long id, long registerId, int year, int number, OffsetDateTime at) {
        jdbc.sql("UPDATE document SET status = 'REGISTERED', register_id = ?, register_year = ?, register_number = ?,"
                        + " registered_at = ?, pending_reason = NULL, updated_at = ? WHERE id = ?")
                .params(registerId, year, number, at, at, id)
                .update();
    }

    public Optional<DocumentSummary> summary(long id) {
        return jdbc.sql(DocumentMapper.SELECT_SUMMARY + " WHERE id = ?")
                .param(id)
                .query(mapper::summary)
                .optional();
    }

    public Optional<DocumentSummary> lockSummary(long id) {
        return jdbc.sql(DocumentMapper.SELECT_SUMMARY + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(mapper::summary)
                .optional();
    }

    public Optional<DocumentSummary> findBySource(long inboundMessageId, String sourcePart) {
        return jdbc.sql(DocumentMapper.SELECT_SUMMARY + " WHERE inbound_message_id = ? AND source_part = ?")
                .params(inboundMessageId, sourcePart)
                .query(mapper::summary)
                .optional();
    }

    public Optional<DocumentSummary> findRegisteredTwin(
            long organizationId, String codeNumber, String codeNotation, LocalDate date) {
        return jdbc
                .sql(DocumentMapper.SELECT_SUMMARY + " WHERE organization_id = ? AND direction = 'INCOMING'"
                        + " AND status <> 'PENDING' AND code_number = ? AND code_notation = ? AND promulgation_date = ?"
                        + " ORDER BY id")
                .params(organizationId, codeNumber, codeNotation, date)
                .query(mapper::summary)
                .list()
                .stream()
                .findFirst();
    }

    public List<DocumentSummary> list(long organizationId, Direction direction) {
        return jdbc.sql(DocumentMapper.SELECT_SUMMARY + " WHERE organization_id = ? AND direction = ?"
                        + " ORDER BY COALESCE(registered_at, created_at) DESC, id DESC")
                .params(organizationId, direction.name())
                .query(mapper::summary)
                .list();
    }

    public Optional<DocumentDetails> details(long id) {
        return jdbc.sql("SELECT * FROM document WHERE id = ?")
                .param(id)
                .query((rs, row) -> new DocumentDetails(
                        mapper.summary(rs, row),
                        mapper.metadata(rs),
                        rs.getString("pending_reason"),
                        rs.getString("source"),
                        files(id),
                        history(id)))
                .optional();
    }

    public DocumentRegistered registeredEvent(long id) {
        return jdbc.sql("SELECT * FROM document WHERE id = ?")
                .param(id)
                .query(mapper::registeredEvent)
                .single();
    }

    public DocumentStatusChanged statusChangedEvent(
            long id, DocumentStatus previous, String actor, String detail, OffsetDateTime at) {
        return jdbc.sql("SELECT * FROM document WHERE id = ?")
                .param(id)
                .query((rs, row) -> new DocumentStatusChanged(
                        id,
                        rs.getLong("organization_id"),
                        previous,
                        status(rs.getString("status")),
                        actor,
                        detail,
                        at,
                        rs.getString("code_number"),
                        rs.getString("code_notation"),
                        rs.getObject("promulgation_date", LocalDate.class),
                        rs.getString("subject"),
                        rs.getString("sender_email"),
                        rs.getString("reply_to_message_id")))
                .single();
    }

    private List<DocumentFile> files(long documentId) {
        return jdbc.sql("SELECT id, role, file_name, media_type, byte_size, sha256 FROM document_file"
                        + " WHERE document_id = ? ORDER BY id")
                .param(documentId)
                .query((rs, row) -> new DocumentFile(
                        rs.getLong("id"),
                        rs.getString("role"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getLong("byte_size"),
                        rs.getString("sha256")))
                .list();
    }

    private List<DocumentEvent> history(long documentId) {
        return jdbc.sql(
                        "SELECT happened_at, actor, action, detail FROM document_event WHERE document_id = ? ORDER BY id")
                .param(documentId)
                .query((rs, row) -> new DocumentEvent(
                        rs.getObject("happened_at", OffsetDateTime.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("detail")))
                .list();
    }

    /** Used by the status enum mapping in {@link DocumentMapper}. */
    static DocumentStatus status(String value) {
        return DocumentStatus.valueOf(value);
    }
}
