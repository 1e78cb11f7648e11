package vn.vanthu.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.account.internal.AccountRows;
import vn.vanthu.account.internal.AccountStateRows;
import vn.vanthu.account.internal.Passwords;

/** Keeps the accounts: creates them with hashed passwords, changes passwords and profiles, finds them. */
@Service
public class AccountDirectory {

    private final AccountRows rows;
    private final AccountStateRows state;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    public AccountDirectory(AccountRows rows, AccountStateRows state, PasswordEncoder passwords, AuditLog audit) {
        this.rows = rows;
        this.state = state;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Creates an account; the password is stored as a BCrypt hash. */
    @Transactional
    public Account create(NewAccount command) {
        return rows.insert(command, passwords.encode(command.rawPassword()));
    }

    /**
     * Creates an account named after a person, with a login name made from the name (unique, never one used
     * before) and a random temporary password.
     */
    @Transactional
    public IssuedCredentials createNamedAfter(String fullName, String email, long organizationId, Role role) {
        String username = uniqueUsername(fullName);
        String password = Passwords.random(12);
        Account account =
                create(new NewAccount(username, password, true, fullName.trim(), email, organizationId, role));
        return new IssuedCredentials(account.id(), account.username(), password);
    }

    /** A login name from a full name, with 2, 3, … added until it is free. */
    public String uniqueUsername(String fullName) {
        String base = Usernames.fromFullName(fullName);
        String candidate = base;
        for (int n = 2; rows.usernameTaken(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /**
     * Changes a password after checking the current one and the rules (length, letters and digits, not the login
     * name, not the old password); other sessions of the account end.
     */
    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword, String actor) {
        Account account = rows.lock(accountId).orElseThrow();
        String hash = rows.passwordHash(account.username()).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw new PasswordRejectedException(List.of("password.currentWrong"));
        }
        List<String> problems = new ArrayList<>(PasswordRules.check(account.username(), newPassword));
        if (newPassword != null && passwords.matches(newPassword, hash)) {
            problems.add("password.sameAsOld");
        }
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        rows.updatePassword(accountId, passwords.encode(newPassword), false);
        state.endSessions(accountId);
        audit.record(actor, accountId, "PASSWORD_CHANGED", null, null);
    }

    /** Changes the person's details shown on the profile page (Thông tin cá nhân). */
    @Transactional
    public Account updateProfile(long accountId, String fullName, String phone, String email, String actor) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("Thiếu họ và tên.");
        }
        rows.updateProfile(accountId, fullName.trim(), blankToNull(phone), blankToNull(email));
        audit.record(actor, accountId, "PROFILE_CHANGED", null, null);
        return rows.find(accountId).orElseThrow();
    }

    /** The account with a login name, ignoring case. */
    public Optional<Account> findByUsername(String username) {
        return rows.findByUsername(username);
    }

    /** An account by id. */
    public Optional<Account> find(long id) {
        return rows.find(id);
    }

    /** The accounts of some organizations. */
    public List<Account> inOrganizations(Collection<Long> organizationIds) {
        return rows.inOrganizations(organizationIds);
    }

    /** Until when an account is locked after wrong passwords; empty when it is not. */
    public Optional<java.time.OffsetDateTime> lockedUntil(long accountId) {
        return state.lockedUntil(accountId);
    }

    /** Lifts a lock before its time. */
    @Transactional
    public void unlock(long accountId, String actor) {
        state.unlock(accountId);
        audit.record(actor, accountId, "UNLOCKED", null, null);
    }

    /** The people who have held an account, first to current. */
    public List<String> holders(long accountId) {
        return rows.holders(accountId);
    }

    /** Whether there is no account yet (a new installation). */
    public boolean isEmpty() {
        return rows.count() == 0;
    }

    /** Whether a login name is taken, ignoring case. */
    public boolean exists(String username) {
        return rows.findByUsername(username).isPresent();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
