package vn.vanthu.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfLayoutTests {

    private static String text(String name) throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/documents", name));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return PdfText.read(document, new Ocr(false, "vie"), Duration.ofSeconds(1))
                    .text();
        }
    }

    @Test
    void writesTheHeaderLeftColumnBeforeTheRightOne() throws Exception {
        String text = text("cv-291-sonla.pdf");
        assertThat(text).contains("UBND THÀNH PHỐ SƠN LA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 291/GD&ĐT\nV/v hướng dẫn");
        assertThat(text.indexOf("VNPT-ioffice")).isLessThan(text.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTp.Sơn La, ngày 04");
    }

    @Test
    void writesNoiNhanBeforeTheSignerBlock() throws Exception {
        String text = text("cv-291-sonla.pdf");
        assertThat(text).contains("Nơi nhận:\n- Như kính gửi;\n- Lãnh đạo phòng GD&ĐT;");
        assertThat(text.indexOf("- Lưu: VT.")).isLessThan(text.indexOf("KT. TRƯỞNG PHÒNG"));
        assertThat(text).contains("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG");
    }

    @Test
    void findsNoTextOnAScan() throws Exception {
        assertThat(PdfText.hasLetters(text("cv-291-sonla-scan.pdf"), 1)).isFalse();
    }
}
