package vn.vanthu.account.internal;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.PasswordRejectedException;
import vn.vanthu.account.PasswordRules;

/** The password change page, the only page an account with a temporary password may open. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    static final String VIEW = "account/password";

    private final AccountDirectory accounts;
    private final CurrentAccount current;
    private final LoginHandlers logins;

    PasswordController(AccountDirectory accounts, CurrentAccount current, LoginHandlers logins) {
        this.accounts = accounts;
        this.current = current;
        this.logins = logins;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("temporary", current.get().passwordTemporary());
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        return VIEW;
    }

    @PostMapping
    String change(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        Account account = current.get();
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new PasswordRejectedException(List.of("password.mismatch"));
            }
            accounts.changePassword(account.id(), currentPassword, newPassword, current.actorOf(account));
        } catch (PasswordRejectedException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("temporary", account.passwordTemporary());
            model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
            return VIEW;
        }
        // Every other session ended with the change; this one goes on.
        logins.markLogin(session, account);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
