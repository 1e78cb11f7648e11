package vn.vanthu.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentRegistered;
import vn.vanthu.registry.DocumentSummary;

/** Maps document rows to records; the lists of the metadata travel as one JSON column. */
@Component
public class DocumentMapper {

    static final String SELECT_SUMMARY = "SELECT id, organization_id, direction, register_number, registered_at,"
            + " code_number, code_notation, document_type, subject, issuer, promulgation_date, status, priority,"
            + " sender_email FROM document";

    private record Lists(List<String> toPlaces, List<String> distribution, Map<String, Double> confidence) {}

    private final JsonMapper json;

    public DocumentMapper(JsonMapper json) {
        this.json = json;
    }

    String listsToJson(DocumentMetadata m) {
        return json.writeValueAsString(new Lists(m.toPlaces(), m.distribution(), m.confidence()));
    }

    DocumentSummary summary(ResultSet rs, int row) throws SQLException {
        int number = rs.getInt("register_number");
        Integer registerNumber = rs.wasNull() ? null : number;
        return new DocumentSummary(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                Direction.valueOf(rs.getString("direction")),
                registerNumber,
                rs.getObject("registered_at", OffsetDateTime.class),
                rs.getString("code_number"),
                rs.getString("code_notation"),
                rs.getString("document_type"),
                rs.getString("subject"),
                rs.getString("issuer"),
                rs.getObject("promulgation_date", LocalDate.class),
                DocumentRows.status(rs.getString("status")),
                rs.getInt("priority"),
                rs.getString("sender_email"));
    }

    DocumentMetadata metadata(ResultSet rs) throws SQLException {
        String stored = rs.getString("metadata_json");
        Lists lists = stored == null
                ? new Lists(List.of(), List.of(), Map.of())
                : json.readValue(stored, new TypeReference<>() {});
        return new DocumentMetadata(
                rs.getString("document_type"),
                rs.getString("code_number"),
                rs.getString("code_notation"),
                rs.getString("promulgation_place"),
                rs.getObject("promulgation_date", LocalDate.class),
                rs.getString("issuer"),
                rs.getString("parent_issuer"),
                rs.getString("subject"),
                lists.toPlaces(),
                lists.distribution(),
                new SignerInfo(
                        rs.getString("signer_competence"),
                        rs.getString("signer_position"),
                        rs.getString("signer_full_name")),
                rs.getInt("priority"),
                rs.getString("confidentiality"),
                rs.getObject("due_date", LocalDate.class),
                lists.confidence());
    }

    DocumentRegistered registeredEvent(ResultSet rs, int row) throws SQLException {
        return new DocumentRegistered(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                Direction.valueOf(rs.getString("direction")),
                rs.getInt("register_number"),
                rs.getObject("registered_at", OffsetDateTime.class),
                rs.getString("code_number"),
                rs.getString("code_notation"),
                rs.getString("subject"),
                rs.getString("sender_email"),
                rs.getString("reply_to_message_id"),
                rs.getBoolean("acknowledge"),
                rs.getInt("priority"));
    }
}
