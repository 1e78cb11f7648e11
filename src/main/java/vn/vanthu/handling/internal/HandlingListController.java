package vn.vanthu.handling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.OrganizationChoice;
import vn.vanthu.directory.Organization;
import vn.vanthu.handling.Assignments;
import vn.vanthu.handling.HandlingItem;
import vn.vanthu.handling.HandlingProperties;

/**
 * Việc cần xử lý: what the account was given to handle, and the organization's documents due soon or overdue; urgent
 * documents are flagged in every list.
 */
@Controller
class HandlingListController {

    static final String VIEW = "handling/list";

    private final Assignments assignments;
    private final CurrentAccount current;
    private final OrganizationChoice picker;
    private final HandlingProperties properties;
    private final Clock clock;

    HandlingListController(
            Assignments assignments,
            CurrentAccount current,
            OrganizationChoice picker,
            HandlingProperties properties,
            Clock clock) {
        this.assignments = assignments;
        this.current = current;
        this.picker = picker;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/handling")
    String list(
            @RequestParam(defaultValue = "mine") String view,
            @RequestParam(required = false) Long organizationId,
            Model model) {
        Account caller = current.get();
        Organization organization = picker.choose(caller, organizationId, model);
        LocalDate today = LocalDate.now(clock);
        List<HandlingItem> items = switch (view) {
            case "due" ->
                assignments.dueBy(organization.id(), today.plusDays(properties.dueSoonDays())).stream()
                        .filter(i -> !i.overdue())
                        .toList();
            case "overdue" -> assignments.dueBy(organization.id(), today.minusDays(1));
            default -> assignments.assignedTo(caller);
        };
        model.addAttribute(
                "view",
                switch (view) {
                    case "due", "overdue" -> view;
                    default -> "mine";
                });
        model.addAttribute("items", items);
        model.addAttribute("today", today);
        model.addAttribute("dueSoonDays", properties.dueSoonDays());
        return VIEW;
    }
}
