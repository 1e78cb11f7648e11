package vn.vanthu.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;

class ReaderLimitsTests {

    private static final Path DOCUMENTS = Path.of("src/test/resources/documents");

    private static ExtractedDocument read(ExtractionProperties properties, String name, byte[] content) {
        try (StandardDocumentReader reader = StandardDocumentReader.create(properties)) {
            return reader.read(new DocumentInput(name, name, null, content));
        }
    }

    private static ExtractionProperties limits(DataSize size, Duration timeout, boolean ocr) {
        return new ExtractionProperties(size, 0, 0, timeout, 1, ocr, null, Duration.ofSeconds(30));
    }

    @Test
    void refusesFilesOverTheSizeGateWithoutParsing() {
        ExtractedDocument read = read(limits(DataSize.ofKilobytes(1), null, false), "big.pdf", new byte[2048]);
        assertThat(read.ok()).isFalse();
        assertThat(read.error()).contains("quá lớn");
    }

    @Test
    void refusesAZipBombInsideADocx() throws Exception {
        ExtractedDocument read = read(ExtractionProperties.defaults(), "bomb.docx", zipBombDocx());
        assertThat(read.ok()).isFalse();
        assertThat(read.error()).contains("zip bomb");
    }

    @Test
    void reportsATimeoutWithoutWaitingLonger() throws Exception {
        byte[] pdf = Files.readAllBytes(DOCUMENTS.resolve("kh-112-sgd-sonla.pdf"));
        long start = System.nanoTime();
        ExtractedDocument read = read(limits(null, Duration.ofMillis(1), false), "slow.pdf", pdf);
        assertThat(read.error()).contains("Quá thời gian");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void cancelsATaskThatTimesOut() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (ParsingPool pool = new ParsingPool(1)) {
            assertThatThrownBy(() -> pool.run(
                            () -> {
                                try {
                                    new CountDownLatch(1).await();
                                } catch (InterruptedException e) {
                                    interrupted.countDown();
                                }
                                return null;
                            },
                            Duration.ofMillis(100)))
                    .isInstanceOf(ParsingPool.ParseFailure.class)
                    .hasMessageContaining("Quá thời gian");
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void marksAPdfWithoutTextAsNeedingOcrWhenOcrIsOff() throws Exception {
        byte[] scan = Files.readAllBytes(DOCUMENTS.resolve("cv-291-sonla-scan.pdf"));
        ExtractedDocument read = read(limits(null, null, false), "scan.pdf", scan);
        assertThat(read.ok()).isTrue();
        assertThat(read.needsOcr()).isTrue();
        assertThat(read.notes()).singleElement().asString().startsWith("Cần nhận dạng chữ (OCR)");
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        byte[] pdf = Files.readAllBytes(DOCUMENTS.resolve("cv-291-sonla.pdf"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(out);
        }
        assertThat(read(ExtractionProperties.defaults(), "locked.pdf", out.toByteArray())
                        .error())
                .contains("mật khẩu");
    }

    @Test
    void turnsEmptyAndBrokenFilesIntoReasons() {
        assertThat(read(ExtractionProperties.defaults(), "empty.pdf", new byte[0])
                        .error())
                .contains("rỗng");
        byte[] broken = "%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII);
        ExtractedDocument read = read(ExtractionProperties.defaults(), "broken.pdf", broken);
        assertThat(read.ok()).isFalse();
        assertThat(read.error()).isNotBlank();
    }

    @Test
    void readsOdtAndRtfThroughTikaWithCellsAsColumns() throws Exception {
        for (String name : List.of("cv-3234-bgddt-lo.odt", "bc-76-chiengmung-lo.rtf")) {
            ExtractedDocument read =
                    read(ExtractionProperties.defaults(), name, Files.readAllBytes(DOCUMENTS.resolve(name)));
            assertThat(read.ok()).as(read.error()).isTrue();
            assertThat(read.metadata().codeNumber()).isNotNull();
            assertThat(read.metadata().organization()).isNotNull();
        }
    }

    /** A DOCX whose document part inflates 10,000 times: POI's ZipSecureFile must refuse it. */
    static byte[] zipBombDocx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                            + "package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                            + "</Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
