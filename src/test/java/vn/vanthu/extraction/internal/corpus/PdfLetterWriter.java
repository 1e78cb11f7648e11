package vn.vanthu.extraction.internal.corpus;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a {@link Letter} out as a born-digital A4 PDF the way NĐ 30 Phụ lục I draws it: the two-column header,
 * the centred type name and summary, "Kính gửi", the body, and "Nơi nhận" beside the signer block. Fonts are
 * DejaVu Serif (free licence, redistributable), embedded as subsets.
 */
final class PdfLetterWriter {

    private static final String FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif";
    private static final float LEFT_A = 45;
    private static final float LEFT_B = 245;
    private static final float RIGHT_A = 235;
    private static final float RIGHT_B = 565;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private final PDFont boldItalic;
    private PDPage page;
    private PDPageContentStream out;
    private float y;
    /** Variation switches, so that the corpus does not repeat one layout. */
    private final boolean signedMarker;

    private final String dateLine;

    PdfLetterWriter(boolean signedMarker, String dateLine) throws IOException {
        this.regular = PDType0Font.load(document, new File(FONTS + ".ttf"));
        this.bold = PDType0Font.load(document, new File(FONTS + "-Bold.ttf"));
        this.italic = PDType0Font.load(document, new File(FONTS + "-Italic.ttf"));
        this.boldItalic = PDType0Font.load(document, new File(FONTS + "-BoldItalic.ttf"));
        this.signedMarker = signedMarker;
        this.dateLine = dateLine;
    }

    byte[] write(Letter letter) throws IOException {
        newPage();
        header(letter);
        addressees(letter);
        body(letter);
        closing(letter);
        out.close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        document.close();
        return bytes.toByteArray();
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = 800;
    }

    private void header(Letter l) throws IOException {
        float top = y;
        float left = top;
        if (l.parent() != null) {
            centre(l.parent(), regular, 10.5f, LEFT_A, LEFT_B, left);
            left -= 15;
        }
        for (String line : l.organization().split("\\|")) {
            centre(line, bold, 10.5f, LEFT_A, LEFT_B, left);
            left -= 15;
        }
        rule(LEFT_A + 70, LEFT_B - 70, left + 10);
        left -= 8;
        centre(l.codeLine(), regular, 10, LEFT_A, LEFT_B, left);
        left -= 16;
        if (l.type() == null) {
            for (String line : wrap(l.summaryLine(), regular, 10.5f, LEFT_B - LEFT_A - 10)) {
                centre(line, regular, 10.5f, LEFT_A, LEFT_B, left);
                left -= 14;
            }
        }
        float right = top;
        centre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 10.5f, RIGHT_A, RIGHT_B, right);
        right -= 15;
        centre("Độc lập - Tự do - Hạnh phúc", bold, 10, RIGHT_A, RIGHT_B, right);
        rule(RIGHT_A + 90, RIGHT_B - 90, right - 4);
        right -= 30;
        centre(dateLine, italic, 10, RIGHT_A, RIGHT_B, right);
        y = Math.min(left, right) - 10;
        stamps(l);
        if (l.type() != null) {
            y -= 10;
            centre(l.heading(), bold, 12, 60, 550, y);
            y -= 17;
            for (String line : wrap(l.summaryLine(), bold, 10, 420)) {
                centre(line, bold, 10, 60, 550, y);
                y -= 16;
            }
            y -= 8;
        }
    }

    private void stamps(Letter l) throws IOException {
        String urgency = Letter.PRIORITY_STAMPS[l.priority()];
        for (String stamp :
                new String[] {urgency, l.secrecy() == null ? null : l.secrecy().toUpperCase()}) {
            if (stamp != null) {
                show(stamp, bold, 12, 80, y);
                y -= 20;
            }
        }
    }

    private void addressees(Letter l) throws IOException {
        if (l.kinhGui() == null) {
            return;
        }
        y -= 6;
        if (l.toPlaces().size() == 1) {
            show(l.kinhGui() + " " + l.toPlaces().get(0) + ".", regular, 12, 130, y);
            y -= 24;
            return;
        }
        show(l.kinhGui(), regular, 12, 130, y);
        for (int i = 0; i < l.toPlaces().size(); i++) {
            String end = i == l.toPlaces().size() - 1 ? "." : ";";
            for (String line : wrap("- " + l.toPlaces().get(i) + end, regular, 12, 330)) {
                show(line, regular, 12, 210, y);
                y -= 17;
            }
        }
        y -= 7;
    }

    private void body(Letter l) throws IOException {
        for (String paragraph : l.body()) {
            boolean heading = paragraph.equals(paragraph.toUpperCase());
            PDFont font = heading ? bold : regular;
            List<String> lines = wrap(paragraph, font, 10, 470);
            for (int i = 0; i < lines.size(); i++) {
                if (y < 90) {
                    newPage();
                }
                show(lines.get(i), font, 10, i == 0 ? 95 : 70, y);
                y -= 17;
            }
            y -= 3;
        }
    }

    private void closing(Letter l) throws IOException {
        if (y < 220) {
            newPage();
        }
        y -= 10;
        float top = y;
        show("Nơi nhận:", boldItalic, 10.5f, 50, top);
        float left = top - 14;
        for (int i = 0; i < l.distribution().size(); i++) {
            String end = i == l.distribution().size() - 1 ? "." : ";";
            show("- " + l.distribution().get(i) + end, regular, 10, 50, left);
            left -= 13;
        }
        float right = top;
        List<String> signer = new ArrayList<>();
        if (l.competence() != null) {
            signer.addAll(List.of(l.competence().split("\\|")));
        }
        if (l.position() != null) {
            signer.add(l.position());
        }
        for (String line : signer) {
            centre(line, bold, 10, 300, 560, right);
            right -= 16;
        }
        if (signedMarker) {
            centre("(Đã ký)", italic, 10, 300, 560, right - 25);
        }
        centre(l.name(), bold, 10, 300, 560, right - 65);
    }

    private void rule(float from, float to, float at) throws IOException {
        out.moveTo(from, at);
        out.lineTo(to, at);
        out.setLineWidth(0.6f);
        out.stroke();
    }

    private void centre(String text, PDFont font, float size, float a, float b, float at) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        show(text, font, size, a + (b - a - width) / 2, at);
    }

    private void show(String text, PDFont font, float size, float x, float at) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, at);
        out.showText(text);
        out.endText();
    }

    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
