package vn.vanthu.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account behind the current request, and the name its actions are recorded under. */
@Component
public class CurrentAccount {

    private final AccountDirectory accounts;
    private final Delegations delegations;

    public CurrentAccount(AccountDirectory accounts, Delegations delegations) {
        this.accounts = accounts;
        this.delegations = delegations;
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

    /**
     * Who acts, as history and the audit log record it: the login name, or for a delegate
     * {@code "<delegate> thay mặt <unit account>"}.
     */
    public String actor() {
        return actorOf(get());
    }

    /** The name an account's actions are recorded under. */
    public String actorOf(Account account) {
        return delegations
                .unitAccountOf(account)
                .map(unit -> account.username() + " thay mặt " + unit.username())
                .orElse(account.username());
    }
}
