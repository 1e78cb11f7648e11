package vn.vanthu.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account behind the current request. */
@Component
public class CurrentAccount {

    private final AccountDirectory accounts;

    public CurrentAccount(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** The logged-in account; throws {@link AccessDeniedException} when there is none. */
    public Account get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Cần đăng nhập.");
        }
        return accounts.findByUsername(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("Tài khoản không còn tồn tại."));
    }
}
