package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Kính gửi" / "Kính gởi" addressees, inline or one per line, with or without list dashes, items
 * ending with ";", "." or nothing; a wrapped item is joined to the item it continues.
 */
final class Addressees {

    static final Pattern LABEL = Pattern.compile("^kinh\\s*g[uo]i\\s*[:.]?\\s*");
    private static final Pattern DASH = Pattern.compile("^[-–—•+*·]\\s*");
    private static final Pattern BODY = Pattern.compile(
            "^(can\\s*cu|thuc\\s*hien|de\\s|nham\\s|theo\\s|tren\\s*co\\s*so|"
                    + "hien\\s*nay|vua\\s*qua|tiep\\s*theo|duoc\\s*su|ngay\\s*\\d|nham|sau\\s*khi|qua\\s|[ivx]+\\s*[.:]|\\d+\\s*[.)])");
    private static final int MAX_ITEM = 110;
    /** Where a glued body starts after inline addressees: a full stop, then a sentence in lower case. */
    private static final Pattern INLINE_END = Pattern.compile("\\.\\s+(?=\\p{Lu}\\p{Ll}*\\s+\\p{Ll})");

    private Addressees() {}

    /** The index of the first "Kính gửi" line, or -1. */
    static int find(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (LABEL.matcher(VietText.fold(lines.get(i))).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /** The addressees listed from line {@code at} (the "Kính gửi" line). */
    static List<String> read(List<String> lines, int at) {
        List<String> items = new ArrayList<>();
        Matcher label = LABEL.matcher(VietText.fold(lines.get(at)));
        label.lookingAt();
        String inline = lines.get(at).substring(label.end()).strip();
        Matcher sentence = INLINE_END.matcher(inline);
        if (sentence.find()) {
            inline = inline.substring(0, sentence.start() + 1);
        }
        boolean open = inline.isEmpty();
        if (!inline.isEmpty()) {
            for (String part : inline.split(";\\s*(?=[-–•+]|\\p{Lu})")) {
                add(items, part);
            }
            open = inline.endsWith(";") || inline.endsWith(",");
        }
        boolean dashed = false;
        String previous = inline;
        for (int i = at + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String folded = VietText.fold(line);
            boolean dash = DASH.matcher(line).lookingAt();
            if (BODY.matcher(folded).lookingAt() || line.length() > MAX_ITEM || VietText.isRule(line)) {
                break;
            }
            if (dash) {
                add(items, line);
                dashed = true;
            } else if (continues(items, previous, line)) {
                items.set(items.size() - 1, VietText.trimItem(items.get(items.size() - 1) + " " + line));
            } else if (open && !dashed) {
                add(items, line);
            } else {
                break;
            }
            previous = line;
            open = line.endsWith(";") || line.endsWith(",") || dash && !line.endsWith(".");
            if (line.endsWith(".") && !dash) {
                break;
            }
        }
        return items;
    }

    /** A wrapped item goes on in lower case after a line that did not end the item. */
    private static boolean continues(List<String> items, String previous, String line) {
        return !items.isEmpty()
                && Character.isLowerCase(line.charAt(0))
                && !previous.endsWith(";")
                && !previous.endsWith(".");
    }

    private static void add(List<String> items, String raw) {
        String item = VietText.trimItem(raw);
        if (!item.isEmpty()) {
            items.add(item);
        }
    }
}
