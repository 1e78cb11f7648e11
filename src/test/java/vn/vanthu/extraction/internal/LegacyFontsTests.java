package vn.vanthu.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.vanthu.extraction.internal.LegacyFonts.Encoding;

class LegacyFontsTests {

    private static final Path DOCUMENTS = Path.of("src/test/resources/documents");
    private static final String LETTERS = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";

    @Test
    void decodesTcvn3AsTypedWithTheAbcKeyboard() {
        assertThat(LegacyFonts.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", Encoding.TCVN3))
                .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyFonts.decode("Tr\u00ADêng THCS, Së Gi¸o dôc vµ §µo t¹o", Encoding.TCVN3))
                .isEqualTo("Trường THCS, Sở Giáo dục và Đào tạo");
    }

    @Test
    void showsCapitalsForTheTcvn3HFonts() {
        assertThat(LegacyFonts.decode("céng hßa x· héi", Encoding.TCVN3_CAPITALS))
                .isEqualTo("CỘNG HÒA XÃ HỘI");
    }

    @Test
    void decodesVniBaseLettersFollowedByMarks() {
        assertThat(LegacyFonts.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", Encoding.VNI))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyFonts.decode("Tröôøng Ñaïi hoïc, COÄNG HOØA, Kính göûi", Encoding.VNI))
                .isEqualTo("Trường Đại học, CỘNG HÒA, Kính gửi");
    }

    @Test
    void roundTripsEveryVietnameseLetter() {
        assertThat(LegacyFonts.decode(LegacyEncoder.encode(LETTERS, Encoding.TCVN3), Encoding.TCVN3))
                .isEqualTo(LETTERS);
        assertThat(LegacyFonts.decode(LegacyEncoder.encode(LETTERS, Encoding.VNI), Encoding.VNI))
                .isEqualTo(LETTERS);
        String capitals = LETTERS.toUpperCase();
        assertThat(LegacyFonts.decode(LegacyEncoder.encode(capitals, Encoding.VNI), Encoding.VNI))
                .isEqualTo(capitals);
        assertThat(LegacyFonts.decode(LegacyEncoder.encode(capitals, Encoding.TCVN3_CAPITALS), Encoding.TCVN3_CAPITALS))
                .isEqualTo(capitals);
    }

    @Test
    void recognisesLegacyFontNames() {
        assertThat(LegacyFonts.encodingOfFont("ABCDEF+.VnTimeH")).isEqualTo(Encoding.TCVN3_CAPITALS);
        assertThat(LegacyFonts.encodingOfFont(".VnTime,Bold")).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyFonts.encodingOfFont(".VnArial")).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyFonts.encodingOfFont("VNI-Times")).isEqualTo(Encoding.VNI);
        assertThat(LegacyFonts.encodingOfFont("Times New Roman")).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyFonts.encodingOfFont(null)).isEqualTo(Encoding.UNICODE);
    }

    @Test
    void detectsLegacyTextFromCharactersWhenFontsAreUnknown() {
        String tcvn3 = "Së Gi¸o dôc vµ §µo t¹o ®Ò nghÞ c¸c tr\u00ADêng b¸o c¸o";
        assertThat(LegacyTextDetector.decodeByStatistics(tcvn3))
                .isEqualTo("Sở Giáo dục và Đào tạo đề nghị các trường báo cáo");
        String vni = "Sôû Giaùo duïc vaø Ñaøo taïo ñeà nghò caùc tröôøng baùo caùo";
        assertThat(LegacyTextDetector.decodeByStatistics(vni))
                .isEqualTo("Sở Giáo dục và Đào tạo đề nghị các trường báo cáo");
    }

    @Test
    void leavesUnicodeVietnameseAlone() {
        String unicode =
                "Thực hiện Công văn số 4288/BGDĐT-GDTH, Phòng hướng dẫn các trường: à á â ã è é ê ì í ò ó ô õ ù ú ý";
        assertThat(LegacyTextDetector.decodeByStatistics(unicode)).isEqualTo(unicode);
    }

    @Test
    void readsTcvn3DocxRunByRun() throws Exception {
        String text = DocxText.read(Files.readAllBytes(DOCUMENTS.resolve("cv-4144-gddt-tcvn3.docx")));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "phòng, chống dịch bệnh mùa đông xuân");
    }

    @Test
    void readsTcvn3DocWithWordsOptionalHyphenAsLetterU() throws Exception {
        String text = DocText.read(Files.readAllBytes(DOCUMENTS.resolve("cv-56-khan-tcvn3.doc")));
        assertThat(text).contains("Hiệu trưởng các trường trực thuộc", "THƯỢNG KHẨN");
    }

    @Test
    void readsVniDocx() throws Exception {
        String text = DocxText.read(Files.readAllBytes(DOCUMENTS.resolve("bb-03-thcs-vni.docx")));
        assertThat(text).contains("Họp Hội đồng trường học kỳ I", "Bùi Thị Thanh Tâm");
    }
}
