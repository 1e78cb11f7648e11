package vn.vanthu.receipt.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.MailAddress;

/**
 * Delivery tokens as they come back: in a plus-address ({@code vanthu+<token>@…}), in the subject
 * ({@code [VT-<token>]}), in the echoed {@code X-VanThu-Delivery} header.
 *
 * <p>A token is 20 characters of {@code abcdefghijkmnpqrstuvwxyz23456789} (distribution's {@code Tokens}). Clients
 * upper-case subjects, put a space after the dash or drop a bracket; the alphabet has no upper case, so a token read
 * in any case and lower-cased is the token sent. Anything not of that shape is not a token.
 */
final class Tokens {

    static final int LENGTH = 20;

    private static final String CHAR = "[a-km-np-z2-9]";
    private static final Pattern TOKEN = Pattern.compile(CHAR + "{" + LENGTH + "}");
    private static final Pattern IN_SUBJECT = Pattern.compile(
            "\\[?\\s*vt\\s*[-\\u2010-\\u2015_:]\\s*(" + CHAR + "{" + LENGTH + "})(?![a-z0-9])\\s*]?",
            Pattern.CASE_INSENSITIVE);

    private Tokens() {}

    /** Whether the text, lower-cased, is a token. */
    static boolean isToken(String text) {
        return text != null
                && TOKEN.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** The token of the address's {@code +tag}, or {@code null}. */
    static String ofAddress(MailAddress address) {
        String tag = address == null ? null : address.tag();
        return isToken(tag) ? tag.toLowerCase(Locale.ROOT) : null;
    }

    /** The tokens in a subject's {@code [VT-…]} marks, in order. */
    static List<String> inSubject(String subject) {
        List<String> tokens = new ArrayList<>();
        if (subject == null) {
            return tokens;
        }
        Matcher matcher = IN_SUBJECT.matcher(subject);
        while (matcher.find()) {
            String token = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!tokens.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** A header value that should be a token, lower-cased, or {@code null} when it is not one. */
    static String ofHeader(String value) {
        return isToken(value) ? value.strip().toLowerCase(Locale.ROOT) : null;
    }
}
