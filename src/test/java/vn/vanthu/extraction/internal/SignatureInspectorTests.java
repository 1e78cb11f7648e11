package vn.vanthu.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;
import vn.vanthu.extraction.PdfSignature;

class SignatureInspectorTests {

    private static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/documents/tb-214-badinh.pdf"));
        signed = new TestSigner("Phạm Đức Long")
                .sign(
                        pdf,
                        List.of(
                                "Người ký: Phạm Đức Long",
                                "Cơ quan: UBND phường Ba Đình",
                                "Thời gian ký: 15.09.2025 10:15:00 +07:00"));
    }

    private static List<PdfSignature> inspect(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return SignatureInspector.inspect(document, pdf);
        }
    }

    @Test
    void reportsSignerCertificateTimeAndAppearance() throws Exception {
        assertThat(inspect(signed)).singleElement().satisfies(s -> {
            assertThat(s.subject()).contains("CN=Phạm Đức Long");
            assertThat(s.issuer()).isEqualTo(s.subject());
            assertThat(s.signedAt()).isNotNull();
            assertThat(s.coversWholeFile()).isTrue();
            assertThat(s.verified()).isTrue();
            assertThat(s.appearanceText()).contains("Người ký: Phạm Đức Long", "Thời gian ký: 15.09.2025");
        });
    }

    @Test
    void seesBytesAppendedAfterSigning() throws Exception {
        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        appended.write(signed);
        appended.write("\n% added later\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(inspect(appended.toByteArray())).singleElement().satisfies(s -> {
            assertThat(s.coversWholeFile()).isFalse();
            assertThat(s.verified()).isTrue();
        });
    }

    @Test
    void failsVerificationWhenSignedBytesChange() throws Exception {
        byte[] tampered = signed.clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("/Producer");
        int target = at > 0 ? at + 1 : 200;
        tampered[target] = (byte) (tampered[target] ^ 0x01);
        assertThat(inspect(tampered))
                .singleElement()
                .satisfies(s -> assertThat(s.verified()).isFalse());
    }

    @Test
    void keepsSignaturesWithTheDocumentAndFillsABlankNumberFromTheAppearance() throws Exception {
        byte[] blank = SimplePdf.of(List.of(
                "ỦY BAN NHÂN DÂN",
                "PHƯỜNG BA ĐÌNH",
                "Số:        /TB-UBND",
                "Ba Đình, ngày 15 tháng 9 năm 2025",
                "THÔNG BÁO",
                "Lịch tiếp công dân tháng 10 năm 2025",
                "Ủy ban nhân dân phường thông báo lịch tiếp công dân.",
                "Nơi nhận:",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Phạm Đức Long"));
        byte[] withStamp = new TestSigner("Phạm Đức Long").sign(blank, List.of("Số: 214/TB-UBND", "Ngày 15/09/2025"));
        try (StandardDocumentReader reader = StandardDocumentReader.create(ExtractionProperties.defaults())) {
            ExtractedDocument read = reader.read(new DocumentInput("tb.pdf", "tb.pdf", null, withStamp));
            assertThat(read.signatures()).hasSize(1);
            assertThat(read.metadata().codeNumber()).isEqualTo("214");
            assertThat(read.metadata().codeNotation()).isEqualTo("TB-UBND");
        }
    }
}
