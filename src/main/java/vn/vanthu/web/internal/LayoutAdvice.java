package vn.vanthu.web.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;

/** Puts the logged-in account and the name it acts under into every page's model, for the shared layout. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final CurrentAccount current;

    LayoutAdvice(CurrentAccount current) {
        this.current = current;
    }

    @ModelAttribute("me")
    PageUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        try {
            Account account = current.get();
            return new PageUser(account, current.actorOf(account));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
