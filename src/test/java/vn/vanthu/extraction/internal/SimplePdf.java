package vn.vanthu.extraction.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** One-page PDFs of given lines, for tests that need a text layer of their own. */
final class SimplePdf {

    private SimplePdf() {}

    static byte[] of(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"));
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 800;
                for (String line : lines) {
                    out.beginText();
                    out.setFont(font, 11);
                    out.newLineAtOffset(60, y);
                    out.showText(line);
                    out.endText();
                    y -= 16;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
