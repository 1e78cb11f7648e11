package vn.vanthu.account.internal;

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
import vn.vanthu.account.Delegations;

/** The profile page (Thông tin cá nhân): the person's full name, phone and e-mail. */
@Controller
@RequestMapping("/account/profile")
class ProfileController {

    static final String VIEW = "account/profile";

    private final AccountDirectory accounts;
    private final CurrentAccount current;
    private final Delegations delegations;

    ProfileController(AccountDirectory accounts, CurrentAccount current, Delegations delegations) {
        this.accounts = accounts;
        this.current = current;
        this.delegations = delegations;
    }

    @GetMapping
    String show(Model model) {
        Account account = current.get();
        model.addAttribute("account", account);
        model.addAttribute("unitAccount", delegations.unitAccountOf(account).orElse(null));
        model.addAttribute("holders", accounts.holders(account.id()));
        return VIEW;
    }

    @PostMapping
    String update(
            @RequestParam String fullName,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        Account account = current.get();
        accounts.updateProfile(account.id(), fullName, phone, email, current.actorOf(account));
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/account/profile";
    }
}
