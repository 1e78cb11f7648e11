package vn.vanthu.extraction.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.vanthu.extraction.PrintedTable;

/** Lays the rows of a printed table out over as many pages as they need, the header on top of each. */
final class TableLayout {

    private static final float SIZE = 9;
    private static final float LEADING = 11;
    private static final float PAD = 3;

    private final PDDocument document;
    private final PdfBoxTableRenderer.Fonts fonts;
    private final PrintedTable table;
    private final float[] widths;
    private PDPageContentStream content;
    private float y;
    private int pageNumber;

    TableLayout(PDDocument document, PdfBoxTableRenderer.Fonts fonts, PrintedTable table) {
        this.document = document;
        this.fonts = fonts;
        this.table = table;
        float total = (float) table.columns().stream()
                .mapToDouble(PrintedTable.Column::weight)
                .sum();
        float usable = PdfBoxTableRenderer.A4_LANDSCAPE.getWidth() - 2 * PdfBoxTableRenderer.MARGIN;
        widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = usable * table.columns().get(i).weight() / total;
        }
    }

    void draw() throws IOException {
        newPage();
        for (List<String> row : table.rows()) {
            List<List<String>> cells = wrap(row, fonts.regular());
            float height = height(cells);
            if (y - height < PdfBoxTableRenderer.MARGIN + 14) {
                newPage();
            }
            drawRow(cells, fonts.regular(), height);
        }
        content.close();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PdfBoxTableRenderer.A4_LANDSCAPE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        pageNumber++;
        y = PdfBoxTableRenderer.A4_LANDSCAPE.getHeight() - PdfBoxTableRenderer.MARGIN;
        footer();
        List<String> headers =
                table.columns().stream().map(PrintedTable.Column::header).toList();
        List<List<String>> cells = wrap(headers, fonts.bold());
        drawRow(cells, fonts.bold(), height(cells));
    }

    private void footer() throws IOException {
        String text = table.title() + " — " + String.join(" — ", table.subtitleLines()) + " — trang " + pageNumber;
        content.beginText();
        content.setFont(fonts.regular(), 8);
        content.newLineAtOffset(PdfBoxTableRenderer.MARGIN, PdfBoxTableRenderer.MARGIN - 16);
        content.showText(fonts.safe(fonts.regular(), text));
        content.endText();
    }

    private List<List<String>> wrap(List<String> row, PDType0Font font) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < row.size() ? row.get(i) : "";
            cells.add(fonts.wrap(font, SIZE, text, widths[i] - 2 * PAD));
        }
        return cells;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * LEADING + 2 * PAD;
    }

    private void drawRow(List<List<String>> cells, PDType0Font font, float height) throws IOException {
        float x = PdfBoxTableRenderer.MARGIN;
        for (int i = 0; i < widths.length; i++) {
            content.addRect(x, y - height, widths[i], height);
            content.stroke();
            float lineY = y - PAD - SIZE;
            for (String line : cells.get(i)) {
                content.beginText();
                content.setFont(font, SIZE);
                content.newLineAtOffset(x + PAD, lineY);
                content.showText(line);
                content.endText();
                lineY -= LEADING;
            }
            x += widths[i];
        }
        y -= height;
    }
}
