package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns HTML (a mail body, or Tika's XHTML for ODT and RTF) into lines: block elements and line breaks end a
 * line, and small layout tables are written column by column like {@link DocxText} does.
 */
final class HtmlText {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of(
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "section",
            "article",
            "header",
            "footer",
            "hr",
            "dd",
            "dt");

    private HtmlText() {}

    static String read(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder();
        walk(body, out);
        return out.toString()
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("head")) {
                    continue;
                }
                if (tag.equals("table")) {
                    table(e, out);
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    out.append('\n');
                }
                walk(e, out);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }

    private static void table(Element table, StringBuilder out) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") == table) {
                rows.add(tr.children().stream().filter(c -> c.is("td, th")).toList());
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        out.append('\n');
        if (columns <= 3) {
            for (int c = 0; c < columns; c++) {
                for (List<Element> row : rows) {
                    if (c < row.size()) {
                        walk(row.get(c), out);
                        out.append('\n');
                    }
                }
            }
            return;
        }
        for (List<Element> row : rows) {
            for (Element cell : row) {
                out.append(cell.text()).append("    ");
            }
            out.append('\n');
        }
    }
}
