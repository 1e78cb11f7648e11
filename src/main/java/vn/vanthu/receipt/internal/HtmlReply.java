package vn.vanthu.receipt.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import vn.vanthu.mime.Folding;

/**
 * The text of an HTML reply without the containers in which clients put the quoted original and the signature.
 *
 * <p>Gmail, Thunderbird, Apple Mail and Yahoo wrap the quote in one element; Outlook and OWA only mark where the
 * quote starts ({@code divRplyFwdMsg}, {@code appendonsend}, a top-bordered "From:" block), so everything after
 * that marker, in document order, goes too.
 */
final class HtmlReply {

    private static final String CONTAINERS = "div.gmail_quote, div.gmail_quote_container, blockquote.gmail_quote,"
            + " div.gmail_attr, blockquote[type=cite], div.moz-cite-prefix, div.yahoo_quoted, [id^=yahoo_quoted],"
            + " div.gmail_signature, [data-smartmail=gmail_signature], div.moz-signature, #Signature,"
            + " #AppleMailSignature, #ms-outlook-mobile-signature, blockquote";
    private static final String MARKERS = "#divRplyFwdMsg, #appendonsend, div.OutlookMessageHeader";
    private static final Set<String> BLOCKS =
            Set.of("p", "div", "tr", "li", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "hr", "section");

    private HtmlReply() {}

    /** The reply's text without quote containers, or {@code null} when the HTML has none (nothing to improve). */
    static String withoutQuotes(String html) {
        Document document = Jsoup.parse(html);
        Elements containers = document.select(CONTAINERS);
        Element marker = document.selectFirst(MARKERS);
        if (marker == null) {
            marker = outlookHeaderBlock(document);
        }
        if (containers.isEmpty() && marker == null) {
            return null;
        }
        if (marker != null) {
            removeFrom(marker);
        }
        containers.remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new Lines(text), document.body());
        return text.toString();
    }

    /** Outlook desktop's quote header: a top-bordered block starting with "From:" or "Từ:". */
    private static Element outlookHeaderBlock(Document document) {
        for (Element div : document.select("div[style*=border-top]")) {
            String start = Folding.fold(div.text()).strip();
            if (start.startsWith("from:") || start.startsWith("tu:")) {
                return div;
            }
        }
        return null;
    }

    /** Removes the marker and everything after it in document order, at every level up to the body. */
    private static void removeFrom(Element marker) {
        for (Element level = marker; level != null && !level.normalName().equals("body"); level = level.parent()) {
            Node next = level.nextSibling();
            while (next != null) {
                Node following = next.nextSibling();
                next.remove();
                next = following;
            }
        }
        marker.remove();
    }

    /** Turns block elements and {@code <br>} into line breaks, as the reader sees them. */
    private record Lines(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element element
                    && (element.normalName().equals("br") || BLOCKS.contains(element.normalName()))) {
                out.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                out.append('\n');
            }
        }
    }
}
