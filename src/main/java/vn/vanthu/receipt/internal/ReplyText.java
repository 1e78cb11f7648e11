package vn.vanthu.receipt.internal;

import java.util.Arrays;
import java.util.List;
import vn.vanthu.mime.ParsedMail;

/**
 * The new text of a human reply: what the person wrote, without the quoted original and without the signature.
 *
 * <p>The delivery e-mail itself says "xin trả lời "gửi nhầm" hoặc "từ chối"", so every reply that quotes it
 * carries those words: a refusal can only be read from the text this class leaves. Top-posted replies (every
 * client's default) keep the text above the first quote marker; a bottom-posted reply, with nothing above the
 * quote, keeps the unquoted lines below a "&gt;" quote. Sign-offs such as "Trân trọng," stay: they are text.
 * Stateless; the methods are pure functions.
 */
final class ReplyText {

    private ReplyText() {}

    /**
     * The new text of a message: the plain text trimmed, or the HTML with its quote containers removed (Gmail's
     * {@code gmail_quote}, Outlook's {@code divRplyFwdMsg}, {@code blockquote type=cite}) when that leaves less,
     * because some clients' plain alternative keeps a quote that no text marker reveals.
     */
    static String of(ParsedMail mail) {
        String plain = trim(mail.textBody());
        String html = mail.htmlBody() == null ? null : HtmlReply.withoutQuotes(mail.htmlBody());
        if (html == null) {
            return plain;
        }
        String fromHtml = trim(html);
        boolean shorter = !fromHtml.isBlank() && (plain.isBlank() || fromHtml.length() < plain.length());
        return shorter ? fromHtml : plain;
    }

    /** The new text of a plain-text reply; an empty string when it has none. */
    static String trim(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .split("\n", -1));
        int quote = quoteStart(lines);
        String above = tidy(lines.subList(0, signatureStart(lines, 0, quote)));
        return above.isBlank() ? bottomPosted(lines, quote) : above;
    }

    /** The index of the first line that starts a quoted original, or the number of lines. */
    private static int quoteStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (QuoteMarkers.isQuoted(line)
                    || QuoteMarkers.isSeparator(line)
                    || QuoteMarkers.isHeaderBlockAt(lines, i)
                    || QuoteMarkers.attributionAt(lines, i) > 0) {
                return i;
            }
        }
        return lines.size();
    }

    private static int signatureStart(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QuoteMarkers.isSignature(lines.get(i))) {
                return i;
            }
        }
        return to;
    }

    /**
     * The text written below a "&gt;" quote. Below a separator or an Outlook header block the quote is not
     * marked line by line, so nothing there can be told from the original.
     */
    private static String bottomPosted(List<String> lines, int quote) {
        int i = quote + (quote < lines.size() ? QuoteMarkers.attributionAt(lines, quote) : 0);
        if (i >= lines.size() || !QuoteMarkers.isQuoted(lines.get(i))) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (QuoteMarkers.isSignature(line) || QuoteMarkers.isSeparator(line)) {
                break;
            }
            if (!QuoteMarkers.isQuoted(line) && QuoteMarkers.attributionAt(lines, i) == 0) {
                text.append(line).append('\n');
            }
        }
        return tidy(Arrays.asList(text.toString().split("\n", -1)));
    }

    private static String tidy(List<String> lines) {
        return String.join("\n", lines.stream().map(String::stripTrailing).toList())
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
