package vn.vanthu.mime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd|passwd",
                "..\\..\\Windows\\win.ini|win.ini",
                "C:\\Users\\a\\Công văn.pdf|Công văn.pdf",
                "D:Ke hoach.docx|Ke hoach.docx",
                "/etc/shadow|shadow",
                " . hidden.pdf . |hidden.pdf",
                "a<b>c:d\"e?g*h.pdf|a_b_c_d_e_g_h.pdf",
                "LPT1.txt|_LPT1.txt",
                "..|''",
                "???|''"
            })
    void reducesDeclaredNamesToSafeFileNames(String declared, String safe) {
        assertThat(FileNames.sanitize(declared)).isEqualTo(safe);
    }

    @Test
    void removesControlAndBidiCharacters() {
        assertThat(FileNames.sanitize("cv\u0001\u202Efdp.exe\n.pdf")).isEqualTo("cv__fdp.exe_.pdf");
    }

    @Test
    void capsLongNamesKeepingTheExtension() {
        String name = FileNames.sanitize("Công văn ".repeat(60) + "số 291.docx");

        assertThat(name).endsWith(".docx");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    }

    @Test
    void makesNamesUniqueIgnoringCase() {
        FileNames names = new FileNames();

        assertThat(names.assign("CV.pdf", "application/pdf")).isEqualTo("CV.pdf");
        assertThat(names.assign("cv.PDF", "application/pdf")).isEqualTo("cv (2).PDF");
        assertThat(names.assign("CV.pdf", "application/pdf")).isEqualTo("CV (3).pdf");
    }

    @Test
    void makesUpNamesFromTheMediaType() {
        FileNames names = new FileNames();

        assertThat(names.assign(null, "application/pdf")).isEqualTo("tep-dinh-kem-1.pdf");
        assertThat(names.assign("", "message/rfc822")).isEqualTo("tep-dinh-kem-2.eml");
        assertThat(names.assign("../", "application/x-whatever")).isEqualTo("tep-dinh-kem-3.bin");
        assertThat(names.assign("Quyet dinh", "application/pdf")).isEqualTo("Quyet dinh.pdf");
    }

    @Test
    void resolvesMediaTypesFromMagicBytesAndExtensions() {
        assertThat(MediaTypes.resolve("application/octet-stream", "cv.pdf", new byte[0]))
                .isEqualTo("application/pdf");
        assertThat(MediaTypes.resolve("application/octet-stream", null, "%PDF-1.7".getBytes()))
                .isEqualTo("application/pdf");
        assertThat(MediaTypes.resolve(
                        "application/octet-stream", "x.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isEqualTo("application/vnd.ms-excel");
        assertThat(MediaTypes.resolve(
                        "application/octet-stream", null, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isEqualTo("application/msword");
        assertThat(MediaTypes.resolve("image/png", "x.pdf", new byte[0])).isEqualTo("image/png");
        assertThat(MediaTypes.clean("Application/PDF")).isEqualTo("application/pdf");
        assertThat(MediaTypes.clean(";;garbage")).isEqualTo("application/octet-stream");
    }
}
