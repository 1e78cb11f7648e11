package vn.vanthu.receipt.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Enhanced mail status codes (RFC 3463, {@code 5.1.1}) as they appear in reports and in servers' words. */
final class EnhancedStatus {

    private static final Pattern CODE = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.]*\\d)");
    private static final Pattern REPLY_CODE = Pattern.compile("(?<![\\d.])([45])\\d\\d(?![\\d.])");

    private EnhancedStatus() {}

    /** The first enhanced status code in the text, or {@code null}. */
    static String in(String text) {
        if (text == null) {
            return null;
        }
        Matcher code = CODE.matcher(text);
        return code.find() ? code.group(1) + "." + code.group(2) + "." + code.group(3) : null;
    }

    /**
     * The enhanced code in the text, else the class a basic SMTP reply code implies ({@code 550} gives {@code
     * 5.0.0}), else {@code null}.
     */
    static String inServerWords(String text) {
        String code = in(text);
        if (code != null || text == null) {
            return code;
        }
        Matcher reply = REPLY_CODE.matcher(text);
        return reply.find() ? reply.group(1) + ".0.0" : null;
    }
}
