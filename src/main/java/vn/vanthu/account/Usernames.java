package vn.vanthu.account;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a head's full name into a login name: "Quàng Thị Thu" becomes {@code quangthithu}. */
public final class Usernames {

    private Usernames() {}

    /** The full name without diacritics, spaces or punctuation, in lower case; {@code donvi} when nothing is left. */
    public static String fromFullName(String fullName) {
        if (fullName == null) {
            return "donvi";
        }
        // Đ/đ are letters of their own, not a D with a mark: NFD leaves them alone.
        String plain = fullName.replace('Đ', 'D').replace('đ', 'd');
        String stripped = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String name = stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return name.isEmpty() ? "donvi" : name;
    }
}
