package vn.vanthu.distribution.internal;

import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.distribution.MetadataOverrides;

/** Reads the {@code metadata} part of an upload: the extraction contract's keys, each optional. */
final class MetadataJson {

    private MetadataJson() {}

    static MetadataOverrides read(JsonMapper json, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("metadata không phải JSON hợp lệ: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("metadata phải là một đối tượng JSON");
        }
        JsonNode signer = node.path("signer");
        return new MetadataOverrides(
                text(node, "documentType"),
                text(node, "codeNotation"),
                text(node, "promulgationPlace"),
                date(node, "promulgationDate"),
                text(node, "organization"),
                text(node, "parentOrganization"),
                text(node, "subject"),
                list(node, "toPlaces"),
                list(node, "distribution"),
                text(signer, "competence"),
                text(signer, "position"),
                text(signer, "fullName"),
                node.hasNonNull("priority") ? node.get("priority").asInt() : null,
                date(node, "dueDate"));
    }

    private static String text(JsonNode node, String key) {
        return node.hasNonNull(key) ? node.get(key).asString() : null;
    }

    private static LocalDate date(JsonNode node, String key) {
        String value = text(node, key);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(key + " phải là ngày dạng YYYY-MM-DD: " + value);
        }
    }

    private static List<String> list(JsonNode node, String key) {
        if (!node.hasNonNull(key)) {
            return null;
        }
        if (!node.get(key).isArray()) {
            throw new IllegalArgumentException(key + " phải là một danh sách");
        }
        return node.get(key).valueStream().map(JsonNode::asString).toList();
    }
}
