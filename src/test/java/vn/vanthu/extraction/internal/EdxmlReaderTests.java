package vn.vanthu.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;

class EdxmlReaderTests {

    private static final Path EDXML = Path.of("src/test/resources/edxml/291.edxml");

    @Test
    void readsEveryHeaderFieldByLocalName() throws Exception {
        DocumentMetadata m = EdxmlReader.read(Files.readAllBytes(EDXML));
        assertThat(m.codeNumber()).isEqualTo("291");
        assertThat(m.codeNotation()).isEqualTo("GD&ĐT");
        assertThat(m.documentType()).isEqualTo("Công văn");
        assertThat(m.promulgationPlace()).isEqualTo("Tp.Sơn La");
        assertThat(m.promulgationDate()).isEqualTo(LocalDate.of(2017, 10, 4));
        assertThat(m.organization()).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(m.parentOrganization()).isEqualTo("UBND THÀNH PHỐ SƠN LA");
        assertThat(m.subject()).startsWith("hướng dẫn cập nhật");
        assertThat(m.signer().competence()).isEqualTo("KT. TRƯỞNG PHÒNG");
        assertThat(m.signer().fullName()).isEqualTo("Trần Quốc Bình");
        assertThat(m.toPlaces()).containsExactly("BGH các trường mầm non, tiểu học và THCS");
        assertThat(m.priority()).isEqualTo(1);
        assertThat(m.dueDate()).isEqualTo(LocalDate.of(2017, 10, 15));
        assertThat(m.confidenceOf("codeNumber")).isEqualTo(1.0);
    }

    @Test
    void edxmlFieldsWinOverGuessedOnesAndFillNothingItLacks() throws Exception {
        DocumentMetadata sent = EdxmlReader.read(Files.readAllBytes(EDXML));
        DocumentMetadata guessed = LetterReader.read("""
                        UBND THÀNH PHỐ SƠN LA
                        PHÒNG GD&ĐT
                        Số: 297/GD&ĐT
                        Sơn La, ngày 04 tháng 10 năm 2017
                        V/v hướng dẫn
                        Kính gửi: Các trường.
                        Nơi nhận:
                        - Như trên;
                        - Lưu: VT.
                        TRƯỞNG PHÒNG
                        Nguyễn Văn An
                        """).metadata();
        DocumentMetadata merged = sent.preferredOver(guessed);
        assertThat(merged.codeNumber()).isEqualTo("291");
        assertThat(merged.organization()).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(merged.signer().fullName()).isEqualTo("Trần Quốc Bình");
        assertThat(merged.distribution()).containsExactly("Như trên", "Lưu: VT");
        assertThat(merged.priority()).isEqualTo(1);
    }

    @Test
    void mergesAnEdxmlIntoTheDocumentBesideIt() throws Exception {
        try (StandardDocumentReader reader = StandardDocumentReader.create(ExtractionProperties.defaults())) {
            ExtractedDocument edxml =
                    reader.read(new DocumentInput("m.eml#291.edxml", "291.edxml", null, Files.readAllBytes(EDXML)));
            Path pdf = Path.of("src/test/resources/documents/cv-291-sonla.pdf");
            ExtractedDocument letter =
                    reader.read(new DocumentInput("m.eml#291.pdf", "291.pdf", null, Files.readAllBytes(pdf)));
            List<ExtractedDocument> combined = InputSet.combine(List.of(edxml, letter));
            assertThat(combined).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo("m.eml#291.pdf");
                assertThat(d.metadata().priority()).isEqualTo(1);
                assertThat(d.metadata().distribution()).contains("Lưu: VT");
            });
        }
    }

    @Test
    void refusesDoctypesAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML:edXMLEnvelope xmlns:edXML=\"urn:x\"><edXML:Subject>&e;</edXML:Subject></edXML:edXMLEnvelope>";
        try (StandardDocumentReader reader = StandardDocumentReader.create(ExtractionProperties.defaults())) {
            ExtractedDocument read =
                    reader.read(new DocumentInput("x.edxml", "x.edxml", null, xxe.getBytes(StandardCharsets.UTF_8)));
            assertThat(read.ok()).isFalse();
            assertThat(read.metadata().subject()).isNull();
        }
    }
}
