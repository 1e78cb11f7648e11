package vn.vanthu.extraction.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.extraction.DocumentMetadata;

/** What the field readers found in one letter, turned into {@link DocumentMetadata} with a confidence per field. */
record LetterFields(
        Found<String> type,
        DocumentCode code,
        Issuer issuer,
        Promulgation promulgation,
        Found<String> subject,
        List<String> toPlaces,
        Closing closing,
        Found<Integer> priority,
        Found<String> secrecy,
        Found<LocalDate> due) {

    DocumentMetadata metadata() {
        return new DocumentMetadata(
                type.value(),
                code == null ? null : code.number(),
                code == null ? null : code.notation(),
                promulgation == null ? null : promulgation.place(),
                promulgation == null ? null : promulgation.date(),
                issuer == null ? null : issuer.organization(),
                issuer == null ? null : issuer.parent(),
                subject.value(),
                toPlaces,
                closing.distribution(),
                closing.signer(),
                priority.value(),
                secrecy.value(),
                due.value(),
                confidence());
    }

    /** The contract's keys to how sure each reading is; fields not read are left out. */
    private Map<String, Double> confidence() {
        Map<String, Double> c = new LinkedHashMap<>();
        put(c, "documentType", type.confidence());
        put(c, "codeNumber", code == null || code.number() == null ? 0 : code.confidence());
        put(c, "codeNotation", code == null ? 0 : code.confidence());
        put(c, "promulgationPlace", promulgation == null || promulgation.place() == null ? 0 : 0.9);
        put(c, "promulgationDate", promulgation == null ? 0 : promulgation.confidence());
        put(c, "organization", issuer == null ? 0 : 0.85);
        put(c, "parentOrganization", issuer == null || issuer.parent() == null ? 0 : 0.8);
        put(c, "subject", subject.confidence());
        put(c, "toPlaces", toPlaces.isEmpty() ? 0 : 0.85);
        put(c, "distribution", closing.distribution().isEmpty() ? 0 : 0.85);
        put(c, "signer", closing.signer().fullName() == null ? 0 : closing.confidence());
        put(c, "priority", priority.confidence());
        put(c, "confidentiality", secrecy.confidence());
        put(c, "dueDate", due.confidence());
        return c;
    }

    private static void put(Map<String, Double> confidence, String key, double value) {
        if (value > 0) {
            confidence.put(key, Math.round(value * 100) / 100.0);
        }
    }
}
