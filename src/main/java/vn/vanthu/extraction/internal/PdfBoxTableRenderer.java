package vn.vanthu.extraction.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import vn.vanthu.extraction.PdfTableRenderer;
import vn.vanthu.extraction.PrintedTable;

/** Prints tables with PDFBox and the embedded DejaVu Sans font (its licence is in {@code fonts/}). */
@Component
class PdfBoxTableRenderer implements PdfTableRenderer {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;

    @Override
    public byte[] render(PrintedTable table) {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts =
                    new Fonts(load(document, "/fonts/DejaVuSans.ttf"), load(document, "/fonts/DejaVuSans-Bold.ttf"));
            titlePage(document, fonts, table);
            new TableLayout(document, fonts, table).draw();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không in được bảng ra PDF", e);
        }
    }

    private static void titlePage(PDDocument document, Fonts fonts, PrintedTable table) throws IOException {
        PDPage page = new PDPage(A4_LANDSCAPE);
        document.addPage(page);
        float width = A4_LANDSCAPE.getWidth();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float y = A4_LANDSCAPE.getHeight() - 90;
            if (table.organization() != null) {
                centre(
                        content,
                        fonts.bold(),
                        15,
                        fonts.safe(fonts.bold(), table.organization().toUpperCase()),
                        width,
                        y);
            }
            y = A4_LANDSCAPE.getHeight() / 2 + 30;
            centre(content, fonts.bold(), 28, fonts.safe(fonts.bold(), table.title()), width, y);
            for (String line : table.subtitleLines()) {
                y -= 34;
                centre(content, fonts.regular(), 16, fonts.safe(fonts.regular(), line), width, y);
            }
        }
    }

    private static void centre(
            PDPageContentStream content, PDType0Font font, float size, String text, float width, float y)
            throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset((width - textWidth) / 2, y);
        content.showText(text);
        content.endText();
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfBoxTableRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Thiếu phông chữ " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    /** The two weights of the font, and text made printable with them. */
    record Fonts(PDType0Font regular, PDType0Font bold) {

        /** The text with every character the font lacks replaced by "?", and no control characters. */
        String safe(PDType0Font font, String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        /** Breaks text into lines no wider than {@code width} at the given size. */
        List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : (text == null ? "" : text).split("\\R")) {
                StringBuilder line = new StringBuilder();
                for (String word : safe(font, paragraph).split(" +")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (width(font, size, candidate) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    while (width(font, size, word) > width && word.length() > 1) {
                        int cut = word.length() - 1;
                        while (cut > 1 && width(font, size, word.substring(0, cut)) > width) {
                            cut--;
                        }
                        lines.add(word.substring(0, cut));
                        word = word.substring(cut);
                    }
                    line.append(word);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        static float width(PDType0Font font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }
    }
}
