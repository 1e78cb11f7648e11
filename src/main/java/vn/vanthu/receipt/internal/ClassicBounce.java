package vn.vanthu.receipt.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.MailAddress;
import vn.vanthu.mime.ParsedMail;
import vn.vanthu.receipt.internal.DeliveryStatusReport.Action;
import vn.vanthu.receipt.internal.DeliveryStatusReport.Recipient;

/**
 * Reads the failed recipients of a bounce that has no {@code message/delivery-status} part from its text,
 * best-effort: {@code X-Failed-Recipients}, Postfix's "&lt;addr&gt;: host … said: 550 …" paragraphs, else the
 * addresses the text names that are not the bounce's own, with the server's words (Exchange's "Remote Server
 * returned '…'", Gmail's "The response from the remote server was:") as the diagnostic.
 */
final class ClassicBounce {

    private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern RECIPIENT_LINE = Pattern.compile("^<([^<>\\s]+@[^<>\\s]+)>:?\\s*(.*)$");
    private static final Pattern EXCHANGE = Pattern.compile("(?i)remote server returned\\s*'([^']+)'");
    private static final Pattern GMAIL =
            Pattern.compile("(?i)the response (?:from the remote server )?was:\\s*\\n\\s*(.+)");
    private static final Pattern REMOTE_HOST = Pattern.compile("host ([\\w.-]+)\\[");
    private static final Pattern SERVER_WORDS = Pattern.compile("(?m)^.*(?<![\\d.])[45]\\d\\d(?![\\d.]).*$");
    private static final Pattern COPY = Pattern.compile("(?im)^(?:-{2,}.*(?:copy of the message|original message"
            + "|undelivered message|message headers|header of the original|thu goc|ban sao).*"
            + "|original message headers:?|return-path:.*|received: .*)$");
    private static final Pattern DELAY = Pattern.compile("delayed mail|still being retried|will (?:be )?retr|will"
            + " continue trying|has not yet been delivered|not been delivered yet|chua gui duoc.{0,60}thu lai"
            + "|dang tiep tuc (?:thu )?gui|tam hoan");
    private static final Set<String> SYSTEM_LOCAL_PARTS =
            Set.of("mailer-daemon", "postmaster", "mail-daemon", "noreply", "no-reply", "root");

    private ClassicBounce() {}

    /**
     * The recipients the bounce reports, all failed unless its words say the server is still trying; one without
     * an address when the text names nobody, because the bounce still says the message did not arrive.
     */
    static List<Recipient> recipients(ParsedMail bounce) {
        String text = ownWords(bounce.textBody());
        String folded = Folding.fold(bounce.subject() + "\n" + text);
        Action action = DELAY.matcher(folded).find() ? Action.DELAYED : Action.FAILED;
        Map<String, String> found = paragraphs(text);
        String words = serverWords(text);
        if (found.isEmpty()) {
            failedRecipientsHeader(bounce).forEach(a -> found.putIfAbsent(a, words));
        }
        if (found.isEmpty()) {
            named(bounce, text).forEach(a -> found.putIfAbsent(a, words != null ? words : lineNaming(text, a)));
        }
        if (found.isEmpty()) {
            found.put(null, words);
        }
        List<Recipient> recipients = new ArrayList<>();
        found.forEach((address, diagnostic) -> recipients.add(new Recipient(
                address,
                action,
                EnhancedStatus.inServerWords(diagnostic),
                blankToNull(diagnostic),
                remoteMta(diagnostic))));
        return recipients;
    }

    /**
     * Postfix's "&lt;addr&gt;: host … said: …" with indented continuation lines, and qmail's "&lt;addr&gt;:" with
     * the server's words on the lines below, up to a blank line.
     */
    private static Map<String, String> paragraphs(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher recipient = RECIPIENT_LINE.matcher(lines[i].stripTrailing());
            if (!recipient.matches()) {
                continue;
            }
            StringBuilder words = new StringBuilder(recipient.group(2));
            boolean below = words.toString().isBlank();
            for (int j = i + 1; j < lines.length && !lines[j].isBlank(); j++) {
                if (!below && !Character.isWhitespace(lines[j].charAt(0))) {
                    break;
                }
                words.append(' ').append(lines[j].strip());
            }
            found.putIfAbsent(
                    recipient.group(1).toLowerCase(Locale.ROOT),
                    words.toString().strip());
        }
        return found;
    }

    /** The bounce's own words: the text above the copy of the returned message, if the copy is inline. */
    private static String ownWords(String text) {
        String body = text == null ? "" : text.replace("\r\n", "\n");
        Matcher copy = COPY.matcher(body);
        return copy.find() ? body.substring(0, copy.start()) : body;
    }

    private static String serverWords(String text) {
        for (Pattern pattern : List.of(EXCHANGE, GMAIL, SERVER_WORDS)) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return (matcher.groupCount() > 0 ? matcher.group(1) : matcher.group()).strip();
            }
        }
        return null;
    }

    private static List<String> failedRecipientsHeader(ParsedMail bounce) {
        List<String> addresses = new ArrayList<>();
        for (String value : bounce.headers().all("X-Failed-Recipients")) {
            Matcher address = ADDRESS.matcher(value);
            while (address.find()) {
                addresses.add(address.group().toLowerCase(Locale.ROOT));
            }
        }
        return addresses;
    }

    /** The addresses the text names, other than the bounce's own sender and recipients and mail systems. */
    private static List<String> named(ParsedMail bounce, String text) {
        List<String> own = new ArrayList<>();
        own.add(bounce.from() == null ? "" : bounce.from().withoutTag());
        bounce.to().forEach(a -> own.add(a.withoutTag()));
        bounce.cc().forEach(a -> own.add(a.withoutTag()));
        List<String> named = new ArrayList<>();
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            MailAddress candidate = new MailAddress(address.group(), null);
            String local = candidate.address().substring(0, candidate.address().indexOf('@'));
            if (!own.contains(candidate.withoutTag())
                    && !SYSTEM_LOCAL_PARTS.contains(local)
                    && !named.contains(candidate.address())) {
                named.add(candidate.address());
            }
        }
        return named;
    }

    private static String lineNaming(String text, String address) {
        for (String line : text.split("\n")) {
            if (line.toLowerCase(Locale.ROOT).contains(address)) {
                return line.strip();
            }
        }
        return null;
    }

    private static String remoteMta(String diagnostic) {
        Matcher host = REMOTE_HOST.matcher(diagnostic == null ? "" : diagnostic);
        return host.find() ? host.group(1) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
