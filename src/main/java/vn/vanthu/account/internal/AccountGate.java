package vn.vanthu.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vanthu.account.Account;

/**
 * Runs after authentication on every request: ends sessions opened before the account's cut-off (handover,
 * password change, revoked delegation) and lets an account with a temporary password do nothing but change it —
 * pages are redirected to {@code /account/password}, {@code /api/**} answers 403 with the contract's JSON error.
 */
final class AccountGate extends OncePerRequestFilter {

    static final String ACCOUNT_ID = "vanthu.accountId";
    static final String LOGIN_AT = "vanthu.loginAt";
    private static final List<String> OPEN_WHILE_TEMPORARY =
            List.of("/account/password", "/api/account/password", "/logout", "/login", "/css/", "/js/", "/error");

    private final AccountRows rows;
    private final AccountStateRows state;
    private final boolean api;
    private final boolean blockApi;

    AccountGate(AccountRows rows, AccountStateRows state, boolean api, boolean blockApi) {
        this.rows = rows;
        this.state = state;
        this.api = api;
        this.blockApi = blockApi;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = rows.findByUsername(authentication.getName());
        HttpSession session = request.getSession(false);
        if (!api && session != null && !stillValid(session, account)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        if (account.isPresent() && account.get().passwordTemporary() && !openWhileTemporary(request)) {
            if (!api) {
                response.sendRedirect(request.getContextPath() + "/account/password");
                return;
            }
            if (blockApi) {
                JsonErrors.write(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "password_change_required",
                        "Mật khẩu tạm thời phải được đổi trước khi dùng hệ thống (trang /account/password hoặc"
                                + " POST /api/account/password).");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpSession session, Optional<Account> account) {
        Object id = session.getAttribute(ACCOUNT_ID);
        Object loginAt = session.getAttribute(LOGIN_AT);
        if (id == null || loginAt == null) {
            return account.isPresent();
        }
        if (account.isEmpty() || !account.get().enabled() || account.get().id() != (Long) id) {
            return false;
        }
        Optional<OffsetDateTime> cutOff = state.sessionsValidAfter(account.get().id());
        return cutOff.isEmpty() || !((OffsetDateTime) loginAt).isBefore(cutOff.get());
    }

    private static boolean openWhileTemporary(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_WHILE_TEMPORARY.stream().anyMatch(path::startsWith);
    }
}
