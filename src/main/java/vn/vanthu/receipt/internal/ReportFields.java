package vn.vanthu.receipt.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.vanthu.mime.MailHeaders;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.ParsedMail;

/**
 * The machine-readable fields of a report part ({@code message/delivery-status}, RFC 3464;
 * {@code message/disposition-notification}, RFC 8098) and of a {@code text/rfc822-headers} part: groups of
 * "Name: value" lines, continuation lines unfolded.
 *
 * <p>Some servers leave out the blank line between the per-message fields and the first recipient, or between
 * recipients; a field that repeats within a group therefore starts a new group.
 */
final class ReportFields {

    private ReportFields() {}

    /** The field groups of a part, in order (for a DSN: the per-message group, then one per recipient). */
    static List<MailHeaders> groups(byte[] content) {
        List<MailHeaders> groups = new ArrayList<>();
        MailHeaders group = new MailHeaders();
        for (String line : unfold(new String(content, StandardCharsets.UTF_8))) {
            int colon = line.indexOf(':');
            if (line.isBlank()) {
                group = close(groups, group);
            } else if (colon > 0) {
                String name = line.substring(0, colon).strip();
                if (group.has(name)) {
                    group = close(groups, group);
                }
                group.add(name, line.substring(colon + 1).strip());
            }
        }
        close(groups, group);
        return groups;
    }

    /** The first own part (not one of a carried message) of one of the media types. */
    static Optional<MailPart> ownPart(ParsedMail mail, Set<String> mediaTypes) {
        return ownParts(mail).stream()
                .filter(p -> mediaTypes.contains(p.mediaType()))
                .findFirst();
    }

    /** The parts of the message itself, without those of the messages it carries. */
    static List<MailPart> ownParts(ParsedMail mail) {
        Set<MailPart> carried = Collections.newSetFromMap(new IdentityHashMap<>());
        mail.nested().forEach(n -> carried.addAll(n.parts()));
        return mail.parts().stream().filter(p -> !carried.contains(p)).toList();
    }

    /** The value after the type ("rfc822; a@b" gives "a@b", "smtp; 550 …" gives "550 …"), or {@code null}. */
    static String typedValue(MailHeaders group, String name) {
        String value = group.first(name);
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        String bare = (semicolon < 0 ? value : value.substring(semicolon + 1)).strip();
        return bare.isEmpty() ? null : bare;
    }

    /** An address from a recipient field: type and angle brackets removed, lower case. */
    static String address(MailHeaders group, String name) {
        String value = typedValue(group, name);
        return value == null ? null : value.replaceAll("[<>\"\\s]", "").toLowerCase(Locale.ROOT);
    }

    private static MailHeaders close(List<MailHeaders> groups, MailHeaders group) {
        if (group.names().isEmpty()) {
            return group;
        }
        groups.add(group);
        return new MailHeaders();
    }

    private static List<String> unfold(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            boolean continuation = !line.isBlank() && Character.isWhitespace(line.charAt(0)) && !lines.isEmpty();
            if (continuation && !lines.get(lines.size() - 1).isBlank()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line.strip());
            } else {
                lines.add(line);
            }
        }
        return lines;
    }
}
