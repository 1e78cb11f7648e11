package vn.vanthu.account.internal;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountProperties;
import vn.vanthu.account.AuditLog;

/**
 * Checks passwords and counts the wrong ones in a row: at the limit (six) the account is locked for a while
 * (15 minutes). Pages and {@code /api/**} share it, so a guesser gains nothing by switching.
 */
final class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final AccountRows rows;
    private final AccountStateRows state;
    private final AuditLog audit;
    private final AccountProperties properties;

    LockingAuthenticationProvider(
            DaoAuthenticationProvider passwords,
            AccountRows rows,
            AccountStateRows state,
            AuditLog audit,
            AccountProperties properties) {
        this.passwords = passwords;
        this.rows = rows;
        this.state = state;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        try {
            Authentication result = passwords.authenticate(authentication);
            state.clearFailures(username);
            return result;
        } catch (BadCredentialsException e) {
            Optional<Account> account = rows.findByUsername(username);
            Long id = account.map(Account::id).orElse(null);
            boolean locked = account.isPresent()
                    && state.recordFailure(username, properties.maxFailedLogins(), properties.lockDuration());
            audit.record(username, id, "LOGIN_FAILED", null, remote(authentication));
            if (locked) {
                audit.record(
                        username,
                        id,
                        "LOCKED",
                        "Khóa " + properties.lockDuration().toMinutes() + " phút",
                        remote(authentication));
            }
            throw e;
        } catch (LockedException e) {
            Long id = rows.findByUsername(username).map(Account::id).orElse(null);
            audit.record(username, id, "LOGIN_REFUSED_LOCKED", null, remote(authentication));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String remote(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
