package vn.vanthu.account.internal;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.vanthu.account.Account;

/** Loads accounts for Spring Security, with their role as the one authority and any lock from wrong passwords. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRows rows;
    private final AccountStateRows state;

    AccountUserDetailsService(AccountRows rows, AccountStateRows state) {
        this.rows = rows;
        this.state = state;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = rows.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Không có tài khoản " + username));
        String hash = rows.passwordHash(username).orElseThrow();
        return User.withUsername(account.username())
                .password(hash)
                .disabled(!account.enabled())
                .accountLocked(state.lockedUntil(account.id()).isPresent())
                .authorities(List.of(
                        new SimpleGrantedAuthority("ROLE_" + account.role().name())))
                .build();
    }
}
