package vn.vanthu.extraction.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with their positions and fonts, instead of trusting PDFBox's text order:
 * {@link PageText} rebuilds the columns from them.
 */
final class PositionCollector extends PDFTextStripper {

    private final List<Glyph> glyphs = new ArrayList<>();
    private PDFont lastFont;
    private LegacyFonts.Encoding lastEncoding = LegacyFonts.Encoding.UNICODE;

    /** One glyph: its text, its box (y from the top of the page) and the legacy encoding of its font. */
    record Glyph(
            String text,
            float x,
            float y,
            float width,
            float height,
            float fontSize,
            LegacyFonts.Encoding encoding,
            boolean blank) {

        Glyph(String text, float x, float y, float width, float height, float fontSize, LegacyFonts.Encoding encoding) {
            this(text, x, y, width, height, fontSize, encoding, text.isBlank());
        }

        float end() {
            return x + width;
        }
    }

    PositionCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of page {@code index} (0-based). */
    List<Glyph> glyphs(PDDocument document, int index) throws IOException {
        glyphs.clear();
        lastFont = null;
        setStartPage(index + 1);
        setEndPage(index + 1);
        getText(document);
        return List.copyOf(glyphs);
    }

    @Override
    protected void processTextPosition(TextPosition p) {
        String unicode = p.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        if (!glyphs.isEmpty()) {
            Glyph last = glyphs.get(glyphs.size() - 1);
            boolean overlaps = Math.abs(last.x() - p.getXDirAdj()) < 0.5f && Math.abs(last.y() - p.getYDirAdj()) < 0.5f;
            if (overlaps && last.text().equals(unicode)) {
                return;
            }
        }
        float size = Math.max(p.getFontSizeInPt(), p.getHeightDir());
        glyphs.add(new Glyph(
                unicode,
                p.getXDirAdj(),
                p.getYDirAdj(),
                p.getWidthDirAdj(),
                p.getHeightDir(),
                size <= 0 ? 10 : size,
                encodingOf(p.getFont())));
    }

    /** The legacy encoding of a glyph's font; glyphs come in runs of one font, so the last answer is kept. */
    private LegacyFonts.Encoding encodingOf(PDFont font) {
        if (font != lastFont) {
            lastFont = font;
            lastEncoding = LegacyFonts.encodingOfFont(font == null ? null : font.getName());
        }
        return lastEncoding;
    }
}
