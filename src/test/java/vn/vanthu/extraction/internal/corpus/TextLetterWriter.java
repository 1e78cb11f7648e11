package vn.vanthu.extraction.internal.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Letter} as a mail body, plain text in one of the four header orders that real extraction
 * produces, or HTML with the header and closing as two-cell tables.
 */
final class TextLetterWriter {

    /** The order the two header columns come out in. */
    enum Order {
        ROWS,
        SIDE_BY_SIDE,
        COLUMNS,
        GLUED
    }

    private TextLetterWriter() {}

    static String text(Letter l, Order order) {
        List<String> left = l.headerLeft(true);
        List<String> right = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", l.dateLine());
        StringBuilder out = new StringBuilder();
        switch (order) {
            case ROWS -> interleave(left, right, out, "\n");
            case SIDE_BY_SIDE -> interleave(left, right, out, "        ");
            case COLUMNS -> {
                left.forEach(s -> out.append(s).append('\n'));
                right.forEach(s -> out.append(s).append('\n'));
            }
            case GLUED ->
                out.append(String.join(" ", left))
                        .append(' ')
                        .append(String.join(" ", right))
                        .append('\n');
        }
        middle(l, out);
        List<String> signer = signer(l);
        List<String> bottom = new ArrayList<>(List.of("Nơi nhận:"));
        for (int i = 0; i < l.distribution().size(); i++) {
            bottom.add("- " + l.distribution().get(i) + (i == l.distribution().size() - 1 ? "." : ";"));
        }
        if (order == Order.COLUMNS) {
            bottom.forEach(s -> out.append(s).append('\n'));
            signer.forEach(s -> out.append(s).append('\n'));
        } else {
            interleave(bottom, signer, out, order == Order.SIDE_BY_SIDE ? "          " : "\n");
        }
        return out.toString();
    }

    private static List<String> signer(Letter l) {
        List<String> signer = new ArrayList<>();
        if (l.competence() != null) {
            signer.addAll(List.of(l.competence().split("\\|")));
        }
        if (l.position() != null) {
            signer.add(l.position());
        }
        signer.add("(đã ký)");
        signer.add(l.name());
        return signer;
    }

    private static void middle(Letter l, StringBuilder out) {
        String urgency = Letter.PRIORITY_STAMPS[l.priority()];
        if (urgency != null) {
            out.append(urgency).append('\n');
        }
        if (l.secrecy() != null) {
            out.append(l.secrecy().toUpperCase()).append('\n');
        }
        if (l.type() != null) {
            out.append(l.heading()).append('\n').append(l.summaryLine()).append('\n');
        }
        if (l.kinhGui() != null) {
            if (l.toPlaces().size() == 1) {
                out.append(l.kinhGui()).append(' ').append(l.toPlaces().get(0)).append(".\n");
            } else {
                out.append(l.kinhGui()).append('\n');
                for (int i = 0; i < l.toPlaces().size(); i++) {
                    out.append("- ")
                            .append(l.toPlaces().get(i))
                            .append(i == l.toPlaces().size() - 1 ? ".\n" : ";\n");
                }
            }
        }
        l.body().forEach(p -> out.append(p).append('\n'));
    }

    private static void interleave(List<String> a, List<String> b, StringBuilder out, String gap) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "";
            String y = i < b.size() ? b.get(i) : "";
            if (gap.equals("\n")) {
                if (!x.isEmpty()) {
                    out.append(x).append('\n');
                }
                if (!y.isEmpty()) {
                    out.append(y).append('\n');
                }
            } else {
                out.append(x.isEmpty() ? " ".repeat(40) : x)
                        .append(gap)
                        .append(y)
                        .append('\n');
            }
        }
    }

    static String html(Letter l) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        out.append("<table><tr><td>");
        l.headerLeft(true).forEach(s -> out.append("<p>").append(escape(s)).append("</p>"));
        out.append("</td><td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></p>");
        out.append("<p><i>").append(escape(l.dateLine())).append("</i></p></td></tr></table>\n");
        StringBuilder middle = new StringBuilder();
        middle(l, middle);
        for (String line : middle.toString().split("\n")) {
            out.append("<p>").append(escape(line)).append("</p>\n");
        }
        out.append("<table><tr><td><p><b><i>Nơi nhận:</i></b></p>");
        for (int i = 0; i < l.distribution().size(); i++) {
            out.append("<div>- ")
                    .append(escape(l.distribution().get(i)))
                    .append(i == l.distribution().size() - 1 ? "." : ";")
                    .append("</div>");
        }
        out.append("</td><td>");
        signer(l).forEach(s -> out.append("<p><b>").append(escape(s)).append("</b></p>"));
        out.append("</td></tr></table>\n</body></html>\n");
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
