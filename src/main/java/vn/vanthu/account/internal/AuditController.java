package vn.vanthu.account.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.account.AuditLog;

/** The audit log for the administrator: logins, failures, password changes, delegations, handovers. */
@Controller
class AuditController {

    static final String VIEW = "admin/audit";

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String action, Model model) {
        model.addAttribute("entries", audit.recent(null, action, 500));
        model.addAttribute("action", action);
        return VIEW;
    }
}
