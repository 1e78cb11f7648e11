package vn.vanthu.mime.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML body into plain text that keeps the lines a reader sees.
 *
 * <p>Letters pasted into HTML mail keep their "Số:" and "V/v" lines only if block elements and
 * {@code <br>} become line breaks and table cells stay apart (the header of a letter is a two-column
 * table), so this does not use jsoup's {@code text()}, which joins everything into one line.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "tr",
            "li",
            "ul",
            "ol",
            "table",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "section",
            "article",
            "header",
            "footer",
            "address",
            "hr",
            "dt",
            "dd",
            "center",
            "form");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "template", "noscript");

    private HtmlText() {}

    static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new Lines(out), Jsoup.parse(html).body());
        return tidy(out.toString());
    }

    private static String tidy(String text) {
        String lines = text.replace('\u00A0', ' ')
                .replaceAll(" {2,}", " ")
                .replaceAll(" *\\t[ \\t]*", "\t")
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\\n{3,}", "\n\n");
        return TextDecoding.nfc(lines.strip());
    }

    /** Appends text and turns structure into line breaks and cell separators. */
    private record Lines(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text && !isSkipped(node)) {
                out.append(text.text());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n');
                } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                    out.append('\t');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                out.append('\n');
            }
        }

        private static boolean isSkipped(Node node) {
            for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
                if (parent instanceof Element element && SKIPPED.contains(element.normalName())) {
                    return true;
                }
            }
            return false;
        }
    }
}
