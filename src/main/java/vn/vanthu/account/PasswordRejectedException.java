package vn.vanthu.account;

import java.util.List;

/** Thrown when a new password breaks the password rules; carries the message keys of every broken rule. */
public class PasswordRejectedException extends RuntimeException {

    private final List<String> problems;

    public PasswordRejectedException(List<String> problems) {
        super("Mật khẩu mới không đạt yêu cầu: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Message keys ({@code password.tooShort}, …) of the broken rules. */
    public List<String> problems() {
        return problems;
    }
}
