package vn.vanthu.account.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import vn.vanthu.account.Account;
import vn.vanthu.account.AuditLog;
import vn.vanthu.account.CurrentAccount;

/** What happens after a form login: the session remembers who and when, and the audit log records it. */
@Component
class LoginHandlers {

    private final AccountRows rows;
    private final AuditLog audit;
    private final CurrentAccount current;
    private final Clock clock;

    LoginHandlers(AccountRows rows, AuditLog audit, CurrentAccount current, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    SavedRequestAwareAuthenticationSuccessHandler success() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                Account account = rows.findByUsername(authentication.getName()).orElseThrow();
                markLogin(request.getSession(), account);
                audit.record(current.actorOf(account), account.id(), "LOGIN", null, request.getRemoteAddr());
                if (account.passwordTemporary()) {
                    getRedirectStrategy().sendRedirect(request, response, "/account/password");
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String reason =
                    e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    /** Stamps the session with the account and the time, so a later cut-off can end it. */
    void markLogin(HttpSession session, Account account) {
        session.setAttribute(AccountGate.ACCOUNT_ID, account.id());
        session.setAttribute(AccountGate.LOGIN_AT, OffsetDateTime.now(clock));
    }
}
