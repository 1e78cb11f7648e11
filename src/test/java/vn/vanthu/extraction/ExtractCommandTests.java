package vn.vanthu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTests {

    private static final Path DOCUMENTS = Path.of("src/test/resources/documents");
    private static final Set<String> KEYS = Set.of(
            "source",
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
            "signer",
            "priority",
            "confidentiality",
            "dueDate",
            "confidence");

    private record Run(int exit, JsonNode json, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ExtractCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        return new Run(exit, JsonMapper.builder().build().readTree(text), text, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsOneObjectPerOfficialDocumentWithTheContractKeys() {
        Run run = run(
                DOCUMENTS.resolve("cv-291-sonla.pdf").toString(),
                DOCUMENTS.resolve("qd-05-tanlap-w.docx").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.json().isArray()).isTrue();
        assertThat(run.json()).hasSize(2);
        JsonNode first = run.json().get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrderElementsOf(KEYS);
        assertThat(first.get("source").asString()).endsWith("cv-291-sonla.pdf");
        assertThat(first.get("codeNumber").asString()).isEqualTo("291");
        assertThat(first.get("promulgationDate").asString()).isEqualTo("2017-10-04");
        assertThat(first.get("priority").isInt()).isTrue();
        assertThat(first.get("confidentiality").isNull()).isTrue();
        assertThat(first.get("toPlaces").isArray()).isTrue();
        assertThat(first.get("signer").propertyNames()).containsExactly("competence", "position", "fullName");
        assertThat(run.json().get(1).get("documentType").asString()).isEqualTo("Quyết định");
    }

    @Test
    void reportsAnUnreadableFileWithSourceAndErrorOnlyAndExitsOne(@TempDir Path dir) throws Exception {
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII));
        Run run = run(broken.toString(), dir.resolve("missing.docx").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json()).hasSize(2);
        for (JsonNode node : run.json()) {
            assertThat(node.propertyNames()).containsExactly("source", "error");
        }
    }

    @Test
    void addsNothingForAFileWithoutAnOfficialDocument(@TempDir Path dir) throws Exception {
        Path note = Files.writeString(dir.resolve("note.txt"), "Chào anh, chiều nay họp lúc 3 giờ nhé.");
        Run run = run(note.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.json()).isEmpty();
    }

    @Test
    void printsNothingButJsonOnStandardOutput() {
        Run run = run(DOCUMENTS.resolve("tb-15-pgd-qdong-body.txt").toString());
        assertThat(run.out().strip()).startsWith("[").endsWith("]");
        assertThat(run.json()).hasSize(1);
    }

    @Test
    void readsAttachmentsAndBodyOfAnEmail() {
        Path eml = Path.of("src/test/resources/mail/cong-van-291.eml");
        Run run = run(eml.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.json()).isNotEmpty();
        assertThat(run.json().get(0).get("source").asString()).endsWith("cong-van-291.eml#cv-291-sonla.pdf");
        assertThat(run.json().get(0).get("codeNumber").asString()).isEqualTo("291");
    }
}
