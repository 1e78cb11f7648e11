package vn.vanthu.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;

/** Needs {@code tesseract} with Vietnamese data on the PATH; skipped otherwise. */
class OcrTests {

    private static final Path DOCUMENTS = Path.of("src/test/resources/documents");

    @BeforeEach
    void needsTesseract() {
        boolean required = "true".equals(System.getenv("VANTHU_REQUIRE_TESSERACT"));
        if (required) {
            assertThat(new Ocr(true, "vie").unavailableReason())
                    .as("tesseract with Vietnamese data")
                    .isNull();
        }
        assumeTrue(Ocr.onPath("tesseract") != null, "tesseract is not installed");
        assumeTrue(new Ocr(true, "vie").unavailableReason() == null, "tesseract has no Vietnamese data");
    }

    private static ExtractedDocument read(String name) throws Exception {
        try (StandardDocumentReader reader = StandardDocumentReader.create(ExtractionProperties.defaults())) {
            return reader.read(new DocumentInput(name, name, null, Files.readAllBytes(DOCUMENTS.resolve(name))));
        }
    }

    @Test
    void recognisesAScannedPdfOnlyWhereThereIsNoText() throws Exception {
        ExtractedDocument read = read("cv-291-sonla-scan.pdf");
        assertThat(read.needsOcr()).isFalse();
        assertThat(read.notes()).anySatisfy(n -> assertThat(n).startsWith("Đã nhận dạng chữ (OCR) 1 trang"));
        assertThat(read.metadata().codeNumber()).isEqualTo("291");
        assertThat(read.metadata().promulgationPlace()).isEqualTo("Tp.Sơn La");
        assertThat(read.metadata().signer().fullName()).isEqualTo("Trần Quốc Bình");
    }

    @Test
    void recognisesAnImageOfALetter() throws Exception {
        ExtractedDocument read = read("tb-45-chuvanan-photo.png");
        assertThat(read.isOfficialDocument()).isTrue();
        assertThat(read.metadata().codeNotation()).isEqualTo("TB-CVA");
        assertThat(read.metadata().documentType()).isEqualTo("Thông báo");
    }

    @Test
    void leavesBornDigitalPagesToTheirTextLayer() throws Exception {
        ExtractedDocument read = read("cv-291-sonla.pdf");
        assertThat(read.notes()).isEmpty();
        assertThat(read.needsOcr()).isFalse();
    }
}
