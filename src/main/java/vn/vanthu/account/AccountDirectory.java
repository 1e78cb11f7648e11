package vn.vanthu.account;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.account.internal.AccountRows;

/** Keeps the accounts: creates them with hashed passwords and finds them by login name. */
@Service
public class AccountDirectory {

    private final AccountRows rows;
    private final PasswordEncoder passwords;

    public AccountDirectory(AccountRows rows, PasswordEncoder passwords) {
        this.rows = rows;
        this.passwords = passwords;
    }

    /** Creates an account; the password is stored as a BCrypt hash. */
    @Transactional
    public Account create(NewAccount command) {
        return rows.insert(command, passwords.encode(command.rawPassword()));
    }

    /** The account with a login name, ignoring case. */
    public Optional<Account> findByUsername(String username) {
        return rows.findByUsername(username);
    }

    /** An account by id. */
    public Optional<Account> find(long id) {
        return rows.find(id);
    }

    /** Whether there is no account yet (a new installation). */
    public boolean isEmpty() {
        return rows.count() == 0;
    }

    /** Whether a login name is taken, ignoring case. */
    public boolean exists(String username) {
        return rows.findByUsername(username).isPresent();
    }
}
