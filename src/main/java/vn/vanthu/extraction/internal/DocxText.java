package vn.vanthu.extraction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

/**
 * Reads a DOCX with POI: paragraphs in body order, the cells of small (header, signer) tables as whole
 * columns, and each run converted from its legacy font (.VnTime, VNI-Times) to Unicode. POI's ZipSecureFile
 * refuses zip bombs before anything is inflated.
 */
final class DocxText {

    private DocxText() {}

    static String read(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder();
            elements(document.getBodyElements(), out);
            return out.toString();
        }
    }

    private static void elements(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.append(paragraph(paragraph)).append('\n');
            } else if (element instanceof XWPFTable table) {
                table(table, out);
            }
        }
    }

    /** Small tables are the letter's layout: write them column by column; data tables row by row. */
    private static void table(XWPFTable table, StringBuilder out) {
        List<XWPFTableRow> rows = table.getRows();
        int columns =
                rows.stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
        if (columns <= 3) {
            for (int c = 0; c < columns; c++) {
                for (XWPFTableRow row : rows) {
                    if (c < row.getTableCells().size()) {
                        elements(row.getTableCells().get(c).getBodyElements(), out);
                    }
                }
            }
            return;
        }
        for (XWPFTableRow row : rows) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                line.append(line.length() == 0 ? "" : "    ")
                        .append(cell.getText().replace('\n', ' '));
            }
            out.append(line).append('\n');
        }
    }

    /**
     * The run's text with Word's optional hyphens kept as U+00AD: in a TCVN3 document that character is the
     * letter "ư", which POI's own text drops.
     */
    private static String withSoftHyphens(XWPFRun run) {
        StringBuilder out = new StringBuilder();
        try (XmlCursor cursor = run.getCTR().newCursor()) {
            cursor.selectPath("./*");
            while (cursor.toNextSelection()) {
                switch (cursor.getName().getLocalPart()) {
                    case "t" -> out.append(cursor.getTextValue());
                    case "softHyphen" -> out.append('\u00AD');
                    case "tab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    case "noBreakHyphen" -> out.append('-');
                    default -> {}
                }
            }
        }
        return out.toString();
    }

    private static String paragraph(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String t = run.getCTR().sizeOfSoftHyphenArray() > 0 ? withSoftHyphens(run) : run.toString();
            LegacyFonts.Encoding encoding = LegacyFonts.encodingOfFont(run.getFontFamily());
            String decoded = LegacyFonts.decode(t, encoding);
            text.append(run.isCapitalized() ? decoded.toUpperCase(Locale.ROOT) : decoded);
        }
        return text.toString();
    }
}
