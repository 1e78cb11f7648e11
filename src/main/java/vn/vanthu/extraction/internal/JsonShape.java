package vn.vanthu.extraction.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.ExtractedDocument;

/** The JSON objects of the extraction contract, keys in the contract's order. */
final class JsonShape {

    private JsonShape() {}

    static Map<String, Object> error(String source, String error) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", source);
        out.put("error", error == null || error.isBlank() ? "Không đọc được tệp." : error);
        return out;
    }

    static Map<String, Object> of(ExtractedDocument document) {
        DocumentMetadata m = document.metadata();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", document.source());
        out.put("documentType", m.documentType());
        out.put("codeNumber", m.codeNumber());
        out.put("codeNotation", m.codeNotation());
        out.put("promulgationPlace", m.promulgationPlace());
        out.put("promulgationDate", iso(m.promulgationDate()));
        out.put("organization", m.organization());
        out.put("parentOrganization", m.parentOrganization());
        out.put("subject", m.subject());
        out.put("toPlaces", m.toPlaces());
        out.put("distribution", m.distribution());
        Map<String, Object> signer = new LinkedHashMap<>();
        signer.put("competence", m.signer().competence());
        signer.put("position", m.signer().position());
        signer.put("fullName", m.signer().fullName());
        out.put("signer", signer);
        out.put("priority", m.priority());
        out.put("confidentiality", m.confidentiality());
        out.put("dueDate", iso(m.dueDate()));
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (String key : out.keySet()) {
            if (m.confidence().containsKey(key)) {
                confidence.put(key, m.confidence().get(key));
            }
        }
        out.put("confidence", confidence);
        return out;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
