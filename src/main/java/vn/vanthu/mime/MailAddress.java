package vn.vanthu.mime;

import java.util.Locale;

/**
 * An e-mail address as read from a header: the address in lower case and the decoded display name.
 *
 * @param address the addr-spec in lower case, never {@code null}
 * @param displayName the decoded display name, or {@code null} when there is none
 */
public record MailAddress(String address, String displayName) {

    public MailAddress {
        address = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
    }

    /** The domain part after the last {@code @}, or an empty string. */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1);
    }

    /** The address with any {@code +tag} removed from its local part ({@code a+x@b} becomes {@code a@b}). */
    public String withoutTag() {
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        return plus < 0 || at < 0 || plus > at ? address : address.substring(0, plus) + address.substring(at);
    }

    /** The {@code +tag} of the local part, or {@code null}. */
    public String tag() {
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        return plus < 0 || at < 0 || plus > at ? null : address.substring(plus + 1, at);
    }
}
