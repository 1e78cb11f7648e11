package vn.vanthu.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules: at least {@value #MIN_LENGTH} characters, letters and digits, not the login name; the
 * check against the old password needs its hash and is made by {@link AccountDirectory}.
 */
public final class PasswordRules {

    /** The least number of characters. */
    public static final int MIN_LENGTH = 10;

    private PasswordRules() {}

    /** The message keys of the rules the password breaks; empty when it is acceptable. */
    public static List<String> check(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
            password = password == null ? "" : password;
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add("password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        return problems;
    }
}
