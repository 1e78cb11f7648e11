package vn.vanthu.mailbox.internal;

import java.util.regex.Pattern;

/**
 * The dedupe key of a message: its Message-ID when present and sane, otherwise the SHA-256 of its raw bytes.
 */
final class DedupeKey {

    /** Visible ASCII without spaces, at most 250 characters, with an {@code @} or in angle brackets. */
    private static final Pattern SANE =
            Pattern.compile("(<[\\x21-\\x3b\\x3d\\x3f-\\x7e]{1,248}>)|([\\x21-\\x7e]*@[\\x21-\\x7e]*)");

    private DedupeKey() {}

    static String of(String messageId, String rawSha256) {
        if (messageId != null) {
            String id = messageId.trim();
            if (id.length() <= 250 && SANE.matcher(id).matches()) {
                return "mid:" + id;
            }
        }
        return "sha256:" + rawSha256;
    }
}
