package vn.vanthu.extraction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads a Word 97–2003 DOC with POI HWPF, for the same reasons as {@link DocxText}: table cells as columns and
 * each run's legacy font (the usual home of .VnTime and VNI-Times) converted to Unicode.
 */
final class DocText {

    private DocText() {}

    static String read(byte[] content) throws IOException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range range = document.getRange();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    table(table, out);
                    i += Math.max(0, table.numParagraphs() - 1);
                    continue;
                }
                out.append(paragraph(p)).append('\n');
            }
            return out.toString();
        }
    }

    private static void table(Table table, StringBuilder out) {
        int columns = 0;
        for (int r = 0; r < table.numRows(); r++) {
            columns = Math.max(columns, table.getRow(r).numCells());
        }
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                if (c < row.numCells()) {
                    TableCell cell = row.getCell(c);
                    for (int k = 0; k < cell.numParagraphs(); k++) {
                        out.append(paragraph(cell.getParagraph(k))).append('\n');
                    }
                }
            }
        }
    }

    private static String paragraph(Paragraph p) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < p.numCharacterRuns(); j++) {
            CharacterRun run = p.getCharacterRun(j);
            LegacyFonts.Encoding encoding = LegacyFonts.encodingOfFont(run.getFontName());
            // Word stores the byte 0xAD (TCVN3 "ư") as its optional hyphen, 0x1F.
            String t = run.text().replace('\u001F', '\u00AD');
            t = t.replaceAll("[\\u0000-\\u0008\\u000B-\\u001E]", " ");
            String decoded = LegacyFonts.decode(t, encoding);
            text.append(run.isCapitalized() ? decoded.toUpperCase(Locale.ROOT) : decoded);
        }
        return text.toString().strip();
    }
}
