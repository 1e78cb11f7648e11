package vn.vanthu.mime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.MailAddress;

/**
 * Reads address headers leniently: display names with RFC 2047 words, addresses without angle brackets,
 * group syntax, comments; an entry with no recognisable address is skipped and reported.
 */
final class Addresses {

    private static final Pattern BARE = Pattern.compile("[^\\s<>(),;:\"\\[\\]]+@[^\\s<>(),;:\"\\[\\]]+");
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9._+-]{1,64}");
    private static final Pattern GROUP_NAME = Pattern.compile("^[^<>\"@,]*:(?!:)");

    private Addresses() {}

    /** The addresses of every value of a header, in order; problems go to the list given. */
    static List<MailAddress> parse(List<String> rawValues, String header, List<String> problems) {
        List<MailAddress> addresses = new ArrayList<>();
        for (String raw : rawValues) {
            for (String entry : split(TextDecoding.repairEightBit(EncodedWords.unfold(raw)))) {
                MailAddress address = entry(entry);
                if (address != null) {
                    addresses.add(address);
                } else if (!entry.isBlank() && !entry.trim().endsWith(":")) {
                    problems.add("Skipped an unreadable " + header + " address: " + abbreviate(entry));
                }
            }
        }
        return addresses;
    }

    private static MailAddress entry(String rawEntry) {
        String entry = GROUP_NAME.matcher(rawEntry.trim()).replaceFirst("").trim();
        int open = entry.lastIndexOf('<');
        int close = entry.indexOf('>', Math.max(open, 0));
        if (open >= 0) {
            String address = entry.substring(open + 1, close < 0 ? entry.length() : close)
                    .trim();
            address = address.replaceFirst("^@[^:]*:", ""); // obsolete source route
            if (address.isEmpty() || address.contains(" ")) {
                return null;
            }
            return new MailAddress(address, displayName(entry.substring(0, open)));
        }
        Matcher bare = BARE.matcher(entry);
        if (!bare.find()) {
            // A lone local name ("postmaster", "MAILER-DAEMON") is an address of the sending host.
            return LOCAL.matcher(entry).matches() ? new MailAddress(entry, null) : null;
        }
        String rest = entry.substring(0, bare.start()) + entry.substring(bare.end());
        return new MailAddress(bare.group(), displayName(rest.replaceAll("[()]", " ")));
    }

    private static String displayName(String raw) {
        String name = raw.trim();
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
            name = name.substring(1, name.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        name = EncodedWords.decode(name).replace("\"", "").trim();
        return name.isEmpty() ? null : name;
    }

    /** Splits on commas (and semicolons ending a group) outside quotes, angle brackets and comments. */
    private static List<String> split(String value) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int comment = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quoted && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"' && comment == 0) {
                quoted = !quoted;
            } else if (!quoted) {
                angle += c == '<' ? 1 : c == '>' && angle > 0 ? -1 : 0;
                comment += c == '(' ? 1 : c == ')' && comment > 0 ? -1 : 0;
            }
            if ((c == ',' || c == ';') && !quoted && angle == 0 && comment == 0) {
                entries.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        entries.add(current.toString());
        return entries.stream().filter(e -> !e.isBlank()).toList();
    }

    static String abbreviate(String text) {
        String line = text.trim().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }
}
