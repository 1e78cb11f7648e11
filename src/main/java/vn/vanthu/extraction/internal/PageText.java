package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.vanthu.extraction.internal.PositionCollector.Glyph;

/**
 * Rebuilds the text of one PDF page from glyph positions: lines by baseline, segments where a wide gap
 * separates two columns, and the two borderless tables of an NĐ 30 letter (the header, and "Nơi nhận" beside
 * the signer) written whole left column first, then the right one, instead of row by row.
 */
final class PageText {

    /** A run of text on one line, with its horizontal extent. */
    record Segment(String text, float start, float end) {}

    private PageText() {}

    /** The page's text; {@code firstPage} enables the header table. */
    static String of(List<Glyph> glyphs, float pageWidth, boolean firstPage) {
        List<List<Segment>> lines = lines(glyphs);
        List<String> out = new ArrayList<>();
        int i = 0;
        if (firstPage) {
            i = columns(lines, 0, findSplit(lines, 0, 12), out, false);
        }
        int closing = closingStart(lines, i);
        for (; i < lines.size(); i++) {
            if (i == closing) {
                float split = findSplit(lines, closing, 15);
                i = columns(lines, closing, split > 0 ? split : pageWidth * 0.45f, out, true) - 1;
                continue;
            }
            out.add(join(lines.get(i)));
        }
        return String.join("\n", out);
    }

    private static String join(List<Segment> line) {
        StringBuilder b = new StringBuilder();
        for (Segment s : line) {
            b.append(b.length() == 0 ? "" : "    ").append(s.text());
        }
        return b.toString();
    }

    /** Writes a two-column block starting at {@code from}, left column first; returns the first line after it. */
    private static int columns(List<List<Segment>> lines, int from, float split, List<String> out, boolean toEnd) {
        if (split <= 0) {
            return from;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        int i = from;
        for (; i < lines.size(); i++) {
            List<Segment> line = lines.get(i);
            if (!fits(line, split) || !toEnd && i > from && stopsHeader(line)) {
                break;
            }
            for (Segment s : line) {
                (s.end() <= split + 4 ? left : right).add(s.text());
            }
        }
        out.addAll(left);
        out.addAll(right);
        return i;
    }

    private static boolean stopsHeader(List<Segment> line) {
        String text = join(line);
        String folded = VietText.fold(text);
        return DocumentTypes.byHeading(text) != null || folded.startsWith("kinh g") || folded.startsWith("can cu");
    }

    private static boolean fits(List<Segment> line, float split) {
        return line.stream().allMatch(s -> s.end() <= split + 4 || s.start() >= split - 4);
    }

    /** The x between the two columns, from lines of two segments, or 0 when there is no two-column row. */
    private static float findSplit(List<List<Segment>> lines, int from, int within) {
        float sum = 0;
        int n = 0;
        for (int i = from; i < Math.min(lines.size(), from + within); i++) {
            List<Segment> line = lines.get(i);
            if (line.size() == 2) {
                sum += (line.get(0).end() + line.get(1).start()) / 2;
                n++;
            }
        }
        return n == 0 ? splitFromMotto(lines, from, within) : sum / n;
    }

    /** Without a row shared by both columns, the motto's left edge is where the right column starts. */
    private static float splitFromMotto(List<List<Segment>> lines, int from, int within) {
        for (int i = from; i < Math.min(lines.size(), from + within); i++) {
            for (Segment s : lines.get(i)) {
                if (LetterLines.MOTTO.matcher(VietText.fold(s.text())).find() && s.start() > 120) {
                    return s.start() - 6;
                }
            }
        }
        return 0;
    }

    /** The first line of the "Nơi nhận" / signer table, which may start a few signer lines above the label. */
    private static int closingStart(List<List<Segment>> lines, int from) {
        for (int i = lines.size() - 1; i >= from; i--) {
            List<Segment> line = lines.get(i);
            if (!line.isEmpty() && VietText.fold(line.get(0).text()).startsWith("noi nhan")) {
                int start = i;
                while (start > from
                        && i - start < 3
                        && rightOnly(lines.get(start - 1), line.get(0).start())) {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }

    private static boolean rightOnly(List<Segment> line, float leftMargin) {
        return !line.isEmpty() && line.get(0).start() > leftMargin + 150;
    }

    /** Groups glyphs into lines by baseline and lines into segments at wide gaps. */
    static List<List<Segment>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
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
        List<List<Segment>> lines = new ArrayList<>();
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            List<Segment> segments = segments(r);
            if (!segments.isEmpty()) {
                lines.add(segments);
            }
        }
        return lines;
    }

    private static List<Segment> segments(List<Glyph> row) {
        List<Segment> out = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : row) {
            if (g.text().isBlank()) {
                continue;
            }
            if (previous != null && g.x() - previous.end() > previous.fontSize() * 2.2f) {
                out.add(segment(run));
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        if (!run.isEmpty()) {
            out.add(segment(run));
        }
        return out;
    }

    private static Segment segment(List<Glyph> run) {
        StringBuilder text = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        LegacyFonts.Encoding encoding = LegacyFonts.Encoding.UNICODE;
        Glyph previous = null;
        for (Glyph g : run) {
            if (g.encoding() != encoding) {
                text.append(LegacyFonts.decode(encoded.toString(), encoding));
                encoded.setLength(0);
                encoding = g.encoding();
            }
            if (previous != null && g.x() - previous.end() > previous.fontSize() * 0.18f) {
                encoded.append(' ');
            }
            encoded.append(g.text());
            previous = g;
        }
        text.append(LegacyFonts.decode(encoded.toString(), encoding));
        return new Segment(
                VietText.collapse(text.toString()),
                run.get(0).x(),
                run.get(run.size() - 1).end());
    }
}
