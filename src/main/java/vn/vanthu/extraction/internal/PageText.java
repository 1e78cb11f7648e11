package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import vn.vanthu.extraction.internal.GlyphRows.Segment;
import vn.vanthu.extraction.internal.PositionCollector.Glyph;

/**
 * Rebuilds the text of one PDF page from glyph positions and writes the two borderless tables of an NĐ 30
 * letter (the header, and "Nơi nhận" beside the signer) whole left column first, then the right one, instead
 * of row by row. The header's column edge is where the motto starts (the widest line of the right column),
 * so cells filled to their border are still told apart; the header ends with the date line, after which only
 * left-column lines (a wrapped "V/v") belong to it.
 */
final class PageText {

    private PageText() {}

    /** The page's text; {@code firstPage} enables the header table. */
    static String of(List<Glyph> glyphs, float pageWidth, boolean firstPage) {
        List<List<Glyph>> rows = GlyphRows.rows(glyphs);
        List<List<Segment>> plain = rows.stream().map(GlyphRows::segments).toList();
        List<String> out = new ArrayList<>();
        int i = firstPage ? header(rows, plain, out) : 0;
        int closing = closingStart(plain, i);
        for (; i < rows.size(); i++) {
            if (i == closing) {
                i = closing(rows, plain, i, pageWidth, out) - 1;
                continue;
            }
            out.add(GlyphRows.join(plain.get(i)));
        }
        return String.join("\n", out);
    }

    private static int header(List<List<Glyph>> rows, List<List<Segment>> plain, List<String> out) {
        int within = Math.min(rows.size(), 14);
        float split = -1;
        for (int r = 0; r < within && split < 0; r++) {
            split = GlyphRows.mottoX(rows.get(r));
        }
        split = split > 120 ? split - 2 : gapSplit(plain, 0, 12);
        if (split <= 0) {
            return 0;
        }
        int dateRow = -1;
        for (int r = 0; r < within && dateRow < 0; r++) {
            dateRow = isDateLine(GlyphRows.join(plain.get(r))) ? r : -1;
        }
        boolean yearBelow = dateRow >= 0
                && dateRow + 1 < rows.size()
                && !VietText.fold(GlyphRows.join(plain.get(dateRow))).matches(".*nam\\s*\\d{4}.*")
                && GlyphRows.join(plain.get(dateRow + 1)).matches(".*\\d{4}.*");
        dateRow = yearBelow ? dateRow + 1 : dateRow;
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        int r = 0;
        for (; r < rows.size(); r++) {
            boolean inTable = dateRow >= 0 ? r <= dateRow || leftOnly(plain.get(r), split) : fits(plain.get(r), split);
            if (!inTable || r > 0 && stopsHeader(GlyphRows.join(plain.get(r)))) {
                break;
            }
            for (Segment s : GlyphRows.segments(rows.get(r), split)) {
                (s.start() < split ? left : right).add(s.text());
            }
        }
        out.addAll(left);
        out.addAll(right);
        return r;
    }

    /**
     * Writes the closing table to the end of the page, split at the signer column: the gap between two
     * columns where rows show one, else just left of the leftmost text that starts in the right half (signer
     * lines are centred in their cell, so the widest one starts nearest the edge).
     */
    private static int closing(
            List<List<Glyph>> rows, List<List<Segment>> plain, int from, float pageWidth, List<String> out) {
        float split = gapSplit(plain, from, 15);
        if (split <= 0) {
            float min = pageWidth;
            for (int r = from; r < rows.size(); r++) {
                for (Segment s : plain.get(r)) {
                    min = s.start() > pageWidth * 0.4f ? Math.min(min, s.start()) : min;
                }
            }
            split = min < pageWidth ? Math.max(pageWidth * 0.4f, min - 20) : pageWidth * 0.45f;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int r = from; r < rows.size(); r++) {
            for (Segment s : GlyphRows.segments(rows.get(r), split)) {
                (s.start() < split ? left : right).add(s.text());
            }
        }
        out.addAll(left);
        out.addAll(right);
        return rows.size();
    }

    private static boolean isDateLine(String text) {
        return VietText.fold(text).matches(".*ngay[\\s.\\d_…]*thang.*");
    }

    private static boolean stopsHeader(String text) {
        String folded = VietText.fold(text);
        return DocumentTypes.byHeading(text) != null || folded.startsWith("kinh g") || folded.startsWith("can cu");
    }

    private static boolean leftOnly(List<Segment> line, float split) {
        return line.stream().allMatch(s -> s.end() <= split + 4);
    }

    private static boolean fits(List<Segment> line, float split) {
        return line.stream().allMatch(s -> s.end() <= split + 4 || s.start() >= split - 4);
    }

    /** The x between the two columns, from rows of two segments, or 0 when there is no two-column row. */
    private static float gapSplit(List<List<Segment>> lines, int from, int within) {
        float sum = 0;
        int n = 0;
        for (int i = from; i < Math.min(lines.size(), from + within); i++) {
            List<Segment> line = lines.get(i);
            if (line.size() == 2) {
                sum += (line.get(0).end() + line.get(1).start()) / 2;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The first row of the "Nơi nhận" / signer table, which may start a few signer rows above the label. */
    private static int closingStart(List<List<Segment>> lines, int from) {
        for (int i = lines.size() - 1; i >= from; i--) {
            List<Segment> line = lines.get(i);
            if (!line.isEmpty() && VietText.fold(line.get(0).text()).startsWith("noi nhan")) {
                int start = i;
                float margin = line.get(0).start();
                while (start > from
                        && i - start < 3
                        && !lines.get(start - 1).isEmpty()
                        && lines.get(start - 1).get(0).start() > margin + 150) {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }
}
