package vn.vanthu.extraction;

/**
 * Prints tables such as registers to PDF: A4 landscape, a title page, the header repeated on every page, a
 * Vietnamese-capable embedded font. Implementations MUST NOT fail on text the font cannot show (they replace it)
 * and MUST wrap long cells rather than cut them.
 */
public interface PdfTableRenderer {

    /** The PDF bytes of the table. */
    byte[] render(PrintedTable table);
}
