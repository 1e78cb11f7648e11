package vn.vanthu.account.internal;

import java.util.List;
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
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.directory.OrganizationGroup;
import vn.vanthu.directory.OrganizationGroups;

/** Groups of units an office sends to together ("Các trường tiểu học"). */
@Controller
@RequestMapping("/admin/groups")
class GroupAdminController {

    static final String VIEW = "admin/groups";

    private final OrganizationGroups groups;
    private final CurrentAccount current;
    private final AccessPolicy access;

    GroupAdminController(OrganizationGroups groups, CurrentAccount current, AccessPolicy access) {
        this.groups = groups;
        this.current = current;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        Account caller = current.get();
        model.addAttribute("groups", groups.ownedBy(caller.organizationId()));
        model.addAttribute(
                "units",
                access.visibleOrganizations(caller).stream()
                        .filter(o -> o.id() != caller.organizationId())
                        .toList());
        return VIEW;
    }

    @PostMapping
    String create(@RequestParam String name, RedirectAttributes redirect) {
        try {
            groups.create(current.get().organizationId(), name);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/groups";
    }

    @PostMapping("/{id}/members")
    String members(
            @PathVariable long id,
            @RequestParam(name = "member", required = false) List<Long> members,
            RedirectAttributes redirect) {
        Account caller = current.get();
        OrganizationGroup group = owned(id, caller);
        List<Long> chosen = members == null ? List.of() : members;
        chosen.forEach(member -> access.checkMaySee(caller, member));
        groups.setMembers(group.id(), chosen);
        redirect.addFlashAttribute("notice", "group.saved");
        return "redirect:/admin/groups";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        groups.delete(owned(id, current.get()).id());
        return "redirect:/admin/groups";
    }

    private OrganizationGroup owned(long id, Account caller) {
        OrganizationGroup group = groups.find(id).orElseThrow(() -> new IllegalArgumentException("Không có nhóm."));
        access.checkMayManage(caller, group.ownerId());
        return group;
    }
}
