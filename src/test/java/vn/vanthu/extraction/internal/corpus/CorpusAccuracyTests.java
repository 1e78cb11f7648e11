package vn.vanthu.extraction.internal.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;
import vn.vanthu.extraction.internal.StandardDocumentReader;

/**
 * Reads every document of {@code src/test/resources/documents/} and compares each field with its expected
 * JSON under the contract's rules; prints a per-field table and fails below 95 % overall. Scans are left out
 * (and said so) when {@code tesseract} is not installed.
 */
class CorpusAccuracyTests {

    static final Path DOCUMENTS = Path.of("src/test/resources/documents");
    static final List<String> FIELDS = List.of(
            "documentType",
            "codeNumber",
            "codeNotation",
            "promulgationPlace",
            "promulgationDate",
            "organization",
            "parentOrganization",
            "subject",
            "toPlaces",
            "distribution",
            "signer.competence",
            "signer.position",
            "signer.fullName",
            "priority",
            "confidentiality",
            "dueDate");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static StandardDocumentReader reader;

    @BeforeAll
    static void open() {
        reader = StandardDocumentReader.create(ExtractionProperties.defaults());
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    @Test
    void readsTheCorpusWithAtLeast95PercentFieldAccuracy() throws IOException {
        Map<String, int[]> perField = new LinkedHashMap<>();
        FIELDS.forEach(f -> perField.put(f, new int[2]));
        List<String> misses = new ArrayList<>();
        int documents = 0;
        boolean ocr = hasTesseract();
        for (Path file : documents()) {
            String name = file.getFileName().toString();
            if (!ocr && (name.contains("-scan.") || name.endsWith(".png"))) {
                System.out.println("skipped without tesseract: " + name);
                continue;
            }
            documents++;
            Map<String, Object> expected = expected(file);
            ExtractedDocument read = reader.read(new DocumentInput(name, name, null, Files.readAllBytes(file)));
            Map<String, Object> actual = flatten(read);
            for (String field : FIELDS) {
                boolean same = read.ok() && ContractComparison.same(field, get(expected, field), actual.get(field));
                perField.get(field)[same ? 0 : 1]++;
                if (!same) {
                    misses.add(name + " " + field + ": expected <" + get(expected, field) + "> but was <"
                            + actual.get(field) + ">" + (read.ok() ? "" : " error " + read.error()));
                }
            }
        }
        int right = perField.values().stream().mapToInt(c -> c[0]).sum();
        int total = perField.values().stream().mapToInt(c -> c[0] + c[1]).sum();
        StringBuilder table = new StringBuilder("\nfield                 correct / total\n");
        perField.forEach((f, c) -> table.append(String.format(
                "%-22s %3d / %3d  %5.1f %%%n", f, c[0], c[0] + c[1], 100.0 * c[0] / Math.max(1, c[0] + c[1]))));
        table.append(String.format(
                "%-22s %3d / %3d  %5.1f %%  (%d documents)%n",
                "overall", right, total, 100.0 * right / total, documents));
        System.out.println(table);
        misses.forEach(System.out::println);
        assertThat(documents).isGreaterThanOrEqualTo(40);
        assertThat((double) right / total).as(table.toString()).isGreaterThanOrEqualTo(0.95);
    }

    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    static Map<String, Object> expected(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path json = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(Files.readString(json), Map.class);
        return map;
    }

    static Object get(Map<String, Object> map, String field) {
        if (field.startsWith("signer.")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> signer = (Map<String, Object>) map.get("signer");
            return signer == null ? null : signer.get(field.substring(7));
        }
        return map.get(field);
    }

    private static Map<String, Object> flatten(ExtractedDocument d) {
        var m = d.metadata();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documentType", m.documentType());
        out.put("codeNumber", m.codeNumber());
        out.put("codeNotation", m.codeNotation());
        out.put("promulgationPlace", m.promulgationPlace());
        out.put(
                "promulgationDate",
                m.promulgationDate() == null ? null : m.promulgationDate().toString());
        out.put("organization", m.organization());
        out.put("parentOrganization", m.parentOrganization());
        out.put("subject", m.subject());
        out.put("toPlaces", m.toPlaces());
        out.put("distribution", m.distribution());
        out.put("signer.competence", m.signer().competence());
        out.put("signer.position", m.signer().position());
        out.put("signer.fullName", m.signer().fullName());
        out.put("priority", m.priority());
        out.put("confidentiality", m.confidentiality());
        out.put("dueDate", m.dueDate() == null ? null : m.dueDate().toString());
        return out;
    }

    static boolean hasTesseract() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "tesseract"))) {
                return true;
            }
        }
        return false;
    }
}
