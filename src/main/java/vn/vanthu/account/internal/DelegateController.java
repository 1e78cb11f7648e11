package vn.vanthu.account.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.Delegations;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.Role;

/** The head of a unit grants and revokes the unit's one delegate (Ủy quyền). */
@Controller
@RequestMapping("/account/delegate")
class DelegateController {

    static final String VIEW = "account/delegate";

    private final Delegations delegations;
    private final CurrentAccount current;

    DelegateController(Delegations delegations, CurrentAccount current) {
        this.delegations = delegations;
        this.current = current;
    }

    @GetMapping
    String show(Model model) {
        Account head = head();
        model.addAttribute("delegate", delegations.delegateOf(head).orElse(null));
        return VIEW;
    }

    @PostMapping
    String grant(@RequestParam String fullName, @RequestParam(required = false) String email, Model model) {
        Account head = head();
        try {
            IssuedCredentials issued = delegations.grant(head, fullName, email);
            model.addAttribute("issued", issued);
        } catch (IllegalStateException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("delegate", delegations.delegateOf(head).orElse(null));
        return VIEW;
    }

    @PostMapping("/revoke")
    String revoke(RedirectAttributes redirect) {
        Account head = head();
        delegations.revoke(head, current.actorOf(head));
        redirect.addFlashAttribute("notice", "delegate.revoked");
        return "redirect:/account/delegate";
    }

    private Account head() {
        Account account = current.get();
        if (account.role() != Role.UNIT) {
            throw new AccessDeniedException("Chỉ tài khoản của đơn vị mới được ủy quyền.");
        }
        return account;
    }
}
