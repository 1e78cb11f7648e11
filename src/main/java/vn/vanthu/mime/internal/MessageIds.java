package vn.vanthu.mime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the message ids of In-Reply-To and References: every {@code <...>} in order, brackets kept. */
final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<[^<>\\s]{1,2000}>");
    private static final Pattern BARE = Pattern.compile("[^<>\\s,]+@[^<>\\s,]+");

    private MessageIds() {}

    /** The ids of every value of the header; a bare {@code local@domain} is bracketed when none is. */
    static List<String> parse(List<String> rawValues) {
        List<String> ids = new ArrayList<>();
        for (String raw : rawValues) {
            String value = EncodedWords.unfold(raw);
            Matcher bracketed = BRACKETED.matcher(value);
            boolean found = false;
            while (bracketed.find()) {
                ids.add(bracketed.group());
                found = true;
            }
            if (!found) {
                Matcher bare = BARE.matcher(value);
                while (bare.find()) {
                    ids.add("<" + bare.group() + ">");
                }
            }
        }
        return ids;
    }
}
