package vn.vanthu.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.account.internal.AccountRows;
import vn.vanthu.account.internal.AccountStateRows;
import vn.vanthu.account.internal.Passwords;
import vn.vanthu.directory.OrganizationDirectory;

/**
 * Hands a unit account to the head's successor (ADR 0021): the account, its documents and history stay; it takes
 * a login name from the successor's name and a new temporary password; every old session ends and the delegate is
 * revoked.
 */
@Service
public class Handovers {

    private final AccountDirectory accounts;
    private final AccountRows rows;
    private final AccountStateRows state;
    private final Delegations delegations;
    private final AccessPolicy access;
    private final OrganizationDirectory organizations;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final AuditLog audit;

    public Handovers(
            AccountDirectory accounts,
            AccountRows rows,
            AccountStateRows state,
            Delegations delegations,
            AccessPolicy access,
            OrganizationDirectory organizations,
            org.springframework.security.crypto.password.PasswordEncoder passwords,
            AuditLog audit) {
        this.accounts = accounts;
        this.rows = rows;
        this.state = state;
        this.delegations = delegations;
        this.access = access;
        this.organizations = organizations;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Hands the account over; only the administrator or a clerk of an office above the unit may. */
    @Transactional
    public IssuedCredentials handOver(Account caller, long accountId, String successorName, String actor) {
        Account account = rows.lock(accountId).orElseThrow(() -> new IllegalArgumentException("Không có tài khoản."));
        if (!access.mayHandOver(caller, account)) {
            throw new AccessDeniedException("Không có quyền bàn giao tài khoản này.");
        }
        if (successorName == null || successorName.isBlank()) {
            throw new IllegalArgumentException("Thiếu họ và tên người nhận bàn giao.");
        }
        String username = accounts.uniqueUsername(successorName);
        String password = Passwords.random(12);
        rows.changeHolder(accountId, username, successorName.trim());
        rows.updatePassword(accountId, passwords.encode(password), true);
        state.endSessions(accountId);
        delegations.revoke(account, actor);
        if (account.role() == Role.UNIT) {
            organizations.changeHead(account.organizationId(), successorName.trim());
        }
        audit.record(
                actor,
                accountId,
                "HANDOVER",
                account.fullName() + " (" + account.username() + ") → " + successorName.trim() + " (" + username + ")",
                null);
        return new IssuedCredentials(accountId, username, password);
    }
}
