package vn.vanthu.account.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.Handovers;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.Role;
import vn.vanthu.directory.Organization;

/** Accounts of the organizations the caller manages: list, add staff accounts, hand over, unlock. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    static final String LIST = "admin/accounts";
    static final String ISSUED = "admin/issued";

    private final AccountDirectory accounts;
    private final Handovers handovers;
    private final CurrentAccount current;
    private final AccessPolicy access;

    AccountAdminController(
            AccountDirectory accounts, Handovers handovers, CurrentAccount current, AccessPolicy access) {
        this.accounts = accounts;
        this.handovers = handovers;
        this.current = current;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        Account caller = current.get();
        List<Organization> visible = access.visibleOrganizations(caller);
        Map<Long, Organization> byId =
                visible.stream().collect(Collectors.toMap(Organization::id, Function.identity()));
        List<Account> list = accounts.inOrganizations(byId.keySet());
        model.addAttribute("accounts", list);
        model.addAttribute("organizations", byId);
        model.addAttribute(
                "locked",
                list.stream()
                        .filter(a -> accounts.lockedUntil(a.id()).isPresent())
                        .map(Account::id)
                        .toList());
        model.addAttribute(
                "handOver",
                list.stream()
                        .filter(a -> access.mayHandOver(caller, a))
                        .map(Account::id)
                        .toList());
        model.addAttribute(
                "managed",
                visible.stream().filter(o -> access.mayManage(caller, o.id())).toList());
        model.addAttribute("roles", List.of(Role.CLERK, Role.LEADER, Role.ADMIN));
        return LIST;
    }

    @PostMapping
    String create(
            @RequestParam String fullName,
            @RequestParam(required = false) String email,
            @RequestParam long organizationId,
            @RequestParam Role role,
            Model model) {
        Account caller = current.get();
        access.checkMayManage(caller, organizationId);
        if (role == Role.ADMIN && caller.role() != Role.ADMIN || role == Role.DELEGATE) {
            throw new org.springframework.security.access.AccessDeniedException("Không được tạo vai trò này.");
        }
        IssuedCredentials issued = accounts.createNamedAfter(fullName, email, organizationId, role);
        model.addAttribute("issued", issued);
        model.addAttribute("reason", "account.created");
        return ISSUED;
    }

    @PostMapping("/{id}/handover")
    String handOver(@PathVariable long id, @RequestParam String successorName, Model model) {
        Account caller = current.get();
        IssuedCredentials issued = handovers.handOver(caller, id, successorName, current.actorOf(caller));
        model.addAttribute("issued", issued);
        model.addAttribute("reason", "handover.done");
        return ISSUED;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        Account caller = current.get();
        Account target = accounts.find(id).orElseThrow();
        access.checkMayManage(caller, target.organizationId());
        accounts.unlock(id, current.actorOf(caller));
        redirect.addFlashAttribute("notice", "account.unlocked");
        return "redirect:/admin/accounts";
    }
}
