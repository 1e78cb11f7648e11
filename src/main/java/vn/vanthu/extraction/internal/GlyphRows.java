package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.extraction.internal.PositionCollector.Glyph;

/**
 * Groups a page's glyphs into rows by baseline and rows into segments: at wide gaps, or at a known column
 * edge when two columns run close together (a table cell filled to its border).
 */
final class GlyphRows {

    /** A run of text on one row, with its horizontal extent. */
    record Segment(String text, float start, float end) {}

    private static final float COLUMN_GAP = 2.2f;
    private static final float WORD_GAP = 0.15f;

    private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x(), b.x());
    private static final Comparator<Glyph> BY_Y_THEN_X = (a, b) -> {
        int byY = Float.compare(a.y(), b.y());
        return byY != 0 ? byY : Float.compare(a.x(), b.x());
    };

    private GlyphRows() {}

    static List<List<Glyph>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(BY_Y_THEN_X);
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float rowY = Float.NaN;
        for (Glyph g : sorted) {
            if (!row.isEmpty() && Math.abs(g.y() - rowY) > Math.max(2f, g.fontSize() * 0.45f)) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowY = g.y();
            }
            row.add(g);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.forEach(r -> r.sort(BY_X));
        rows.removeIf(r -> r.stream().allMatch(Glyph::blank));
        return rows;
    }

    /** Segments at wide gaps only. */
    static List<Segment> segments(List<Glyph> row) {
        return segments(row, -1);
    }

    /** Segments at wide gaps and at the column edge {@code split} (ignored when not positive). */
    static List<Segment> segments(List<Glyph> row, float split) {
        Glyph cut = split > 0 ? wordStartNear(row, split) : null;
        List<Segment> out = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : row) {
            if (g.blank()) {
                run.add(g);
                continue;
            }
            boolean edge =
                    cut != null ? g == cut : split > 0 && previous != null && previous.x() < split && g.x() >= split;
            if (previous != null && (edge || g.x() - previous.end() > previous.fontSize() * COLUMN_GAP)) {
                add(out, run);
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        add(out, run);
        return out;
    }

    /**
     * The first glyph of the word nearest the column edge (within 40 pt) when the row crosses the edge, so
     * that text running up to the edge is cut between words, not inside one; null when nothing crosses.
     */
    private static Glyph wordStartNear(List<Glyph> row, float split) {
        Glyph best = null;
        Glyph previous = null;
        boolean space = false;
        boolean crosses = false;
        for (Glyph g : row) {
            if (g.blank()) {
                space = previous != null;
                continue;
            }
            crosses |= previous != null && previous.x() < split && g.x() >= split;
            boolean wordStart = previous != null && (space || g.x() - previous.end() > previous.fontSize() * WORD_GAP);
            if (wordStart
                    && Math.abs(g.x() - split) < 40
                    && (best == null || Math.abs(g.x() - split) < Math.abs(best.x() - split))) {
                best = g;
            }
            previous = g;
            space = false;
        }
        return crosses ? best : null;
    }

    private static void add(List<Segment> out, List<Glyph> run) {
        Glyph first = null;
        Glyph last = null;
        for (Glyph g : run) {
            if (!g.blank()) {
                first = first == null ? g : first;
                last = g;
            }
        }
        if (first != null) {
            out.add(segment(run, first, last));
        }
    }

    private static Segment segment(List<Glyph> run, Glyph first, Glyph last) {
        StringBuilder text = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        LegacyFonts.Encoding encoding = LegacyFonts.Encoding.UNICODE;
        Glyph previous = null;
        boolean space = false;
        for (Glyph g : run) {
            if (g.blank()) {
                space = previous != null;
                continue;
            }
            if (g.encoding() != encoding) {
                text.append(LegacyFonts.decode(encoded.toString(), encoding));
                encoded.setLength(0);
                encoding = g.encoding();
            }
            if (previous != null && (space || g.x() - previous.end() > previous.fontSize() * WORD_GAP)) {
                encoded.append(' ');
            }
            encoded.append(g.text());
            previous = g;
            space = false;
        }
        text.append(LegacyFonts.decode(encoded.toString(), encoding));
        return new Segment(VietText.collapse(text.toString()), first.x(), last.end());
    }

    /** The row's text, segments joined with runs of spaces. */
    static String join(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            b.append(b.length() == 0 ? "" : "    ").append(s.text());
        }
        return b.toString();
    }

    /** "CỘNG HÒA XÃ HỘI" as typed in Unicode (folded), VNI and TCVN3, for rows not decoded yet. */
    private static final List<Pattern> MOTTO_FORMS = List.of(
            LetterLines.MOTTO_START,
            Pattern.compile("co\u00e4ng\\s*ho(\u00f8a|a\u00f8)\\s*xa\u00f5\\s*ho\u00e4i"),
            Pattern.compile("c\u00e9ng\\s*h(\u00dfa|o\u00b5)\\s*x\u00b7\\s*h\u00e9i"));

    /** The x where the motto starts in the row, whatever the encoding of its font, or -1. */
    static float mottoX(List<Glyph> row) {
        StringBuilder text = new StringBuilder();
        List<Glyph> owner = new ArrayList<>();
        for (Glyph g : row) {
            String t = g.blank() ? " " : g.text();
            for (int i = 0; i < t.length(); i++) {
                owner.add(g);
            }
            text.append(t);
        }
        String raw = text.toString();
        for (Pattern p : MOTTO_FORMS) {
            String haystack =
                    p == LetterLines.MOTTO_START ? VietText.fold(raw) : raw.toLowerCase(java.util.Locale.ROOT);
            Matcher m = p.matcher(haystack);
            if (m.find() && m.start() < owner.size()) {
                return owner.get(m.start()).x();
            }
        }
        return -1;
    }
}
