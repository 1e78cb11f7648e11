package vn.vanthu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Builds a born-digital công văn as NĐ 30 lays it out: the two-column header, Kính gửi, body, and the two-column
 * bottom (Nơi nhận / signer), in DejaVu Sans with Vietnamese diacritics.
 */
public final class LetterPdf {

    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");

    private String parent = "UBND TỈNH SƠN LA";
    private String issuer = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    private String number = "101";
    private String symbol = "SGDĐT-VP";
    private String subject = "V/v triển khai cập nhật dữ liệu ngành giáo dục năm học 2026-2027";
    private String dateLine = "Sơn La, ngày 20 tháng 11 năm 2026";
    private String addressee = "Hiệu trưởng các trường tiểu học, THCS trên địa bàn tỉnh";
    private List<String> body = List.of(
            "Thực hiện Công văn số 4288/BGDĐT-GDPT ngày 15/10/2026 của Bộ Giáo dục và Đào tạo,",
            "Sở Giáo dục và Đào tạo đề nghị các đơn vị cập nhật đầy đủ dữ liệu học sinh, giáo viên",
            "trên hệ thống cơ sở dữ liệu ngành trước ngày 15/12/2026.");
    private String mark = null;
    private int pages = 1;

    public static LetterPdf letter() {
        return new LetterPdf();
    }

    public LetterPdf number(String number, String symbol) {
        this.number = number;
        this.symbol = symbol;
        return this;
    }

    public LetterPdf subject(String subject) {
        this.subject = subject;
        return this;
    }

    public LetterPdf issuer(String parent, String issuer) {
        this.parent = parent;
        this.issuer = issuer;
        return this;
    }

    /** How many pages: the letter, then pages of annex text (a 1–3 page letter is the common case). */
    public LetterPdf pages(int count) {
        this.pages = Math.max(1, count);
        return this;
    }

    /** A mark above the number ("MẬT", "KHẨN"). */
    public LetterPdf mark(String mark) {
        this.mark = mark;
        return this;
    }

    /** A one-page PDF with no text at all, as a scanner that failed would send. */
    public static byte[] blankPage() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular =
                    PDType0Font.load(document, FONTS.resolve("DejaVuSans.ttf").toFile());
            PDFont bold = PDType0Font.load(
                    document, FONTS.resolve("DejaVuSans-Bold.ttf").toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                write(text, regular, bold);
            }
            for (int extra = 2; extra <= pages; extra++) {
                PDPage annex = new PDPage(PDRectangle.A4);
                document.addPage(annex);
                try (PDPageContentStream text = new PDPageContentStream(document, annex)) {
                    annex(text, regular, bold, extra);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PDPageContentStream s, PDFont regular, PDFont bold) throws IOException {
        float top = 790;
        line(s, regular, 10, 60, top, parent);
        line(s, bold, 10, 60, top - 14, issuer);
        line(s, bold, 10, 300, top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(s, bold, 10, 330, top - 14, "Độc lập - Tự do - Hạnh phúc");
        if (mark != null) {
            line(s, bold, 12, 80, top - 34, mark);
        }
        line(s, regular, 10, 70, top - 50, "Số: " + number + "/" + symbol);
        line(s, regular, 9, 60, top - 64, subject);
        line(s, regular, 10, 330, top - 50, dateLine);
        line(s, regular, 11, 150, top - 110, "Kính gửi: " + addressee + ".");
        float y = top - 140;
        for (String paragraph : body) {
            line(s, regular, 11, 70, y, paragraph);
            y -= 16;
        }
        y -= 40;
        line(s, bold, 10, 60, y, "Nơi nhận:");
        line(s, regular, 9, 60, y - 13, "- Như trên;");
        line(s, regular, 9, 60, y - 26, "- Giám đốc (để b/c);");
        line(s, regular, 9, 60, y - 39, "- Lưu: VT, VP.");
        line(s, bold, 10, 360, y, "KT. GIÁM ĐỐC");
        line(s, bold, 10, 360, y - 13, "PHÓ GIÁM ĐỐC");
        line(s, regular, 10, 370, y - 50, "(đã ký)");
        line(s, bold, 10, 360, y - 90, "Nguyễn Văn An");
    }

    private static void annex(PDPageContentStream s, PDFont regular, PDFont bold, int page) throws IOException {
        line(s, bold, 12, 200, 790, "PHỤ LỤC " + (page - 1));
        float y = 760;
        for (int i = 1; i <= 40; i++) {
            line(
                    s,
                    regular,
                    10,
                    60,
                    y,
                    i + ". Nội dung chi tiết hướng dẫn thực hiện, mục " + i
                            + ": các đơn vị báo cáo số liệu đúng thời hạn quy định.");
            y -= 17;
        }
    }

    private static void line(PDPageContentStream s, PDFont font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
