package vn.vanthu.web.internal;

import vn.vanthu.account.Account;

/**
 * What the shared layout shows of the logged-in user; public because templates call it through reflection.
 *
 * @param account the account
 * @param actor the name its actions are recorded under ("a thay mặt b" for a delegate)
 */
public record PageUser(Account account, String actor) {

    /** Whether the account has the role of that name. */
    public boolean is(String role) {
        return account.role().name().equals(role);
    }
}
