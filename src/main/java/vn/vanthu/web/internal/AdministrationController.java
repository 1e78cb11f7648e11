package vn.vanthu.web.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.AccountProperties;
import vn.vanthu.mailbox.MailProperties;
import vn.vanthu.mailbox.MailServerCheck;
import vn.vanthu.mailbox.QuarantineView;

/**
 * The administrator's pages: mailboxes as configured (with a connection test), the settings in force, and the
 * quarantine (what failed and why), where an entry can be retried or dismissed.
 */
@Controller
class AdministrationController {

    static final String MAILBOXES = "admin/mailboxes";
    static final String SETTINGS = "admin/settings";
    static final String QUARANTINE = "admin/quarantine";

    private final MailProperties mail;
    private final AccountProperties accounts;
    private final QuarantineView quarantine;
    private final MailServerCheck check;
    private final String dataDir;
    private final String secureCookies;

    AdministrationController(
            MailProperties mail,
            AccountProperties accounts,
            QuarantineView quarantine,
            MailServerCheck check,
            @Value("${vanthu.data-dir}") String dataDir,
            @Value("${server.servlet.session.cookie.secure:false}") String secureCookies) {
        this.mail = mail;
        this.accounts = accounts;
        this.quarantine = quarantine;
        this.check = check;
        this.dataDir = dataDir;
        this.secureCookies = secureCookies;
    }

    @GetMapping("/admin/mailboxes")
    String mailboxes(Model model) {
        model.addAttribute("mail", mail);
        model.addAttribute("mailboxes", mail.activeMailboxes());
        model.addAttribute("smtp", mail.activeSmtp());
        return MAILBOXES;
    }

    /** Logs in to every mailbox and the SMTP server now and shows what each said. */
    @PostMapping("/admin/mailboxes/test")
    String test(Model model) {
        model.addAttribute("results", check.checkAll());
        return mailboxes(model);
    }

    @GetMapping("/admin/settings")
    String settings(Model model) {
        model.addAttribute("mail", mail);
        model.addAttribute("accounts", accounts);
        model.addAttribute("dataDir", dataDir);
        model.addAttribute("secureCookies", secureCookies);
        return SETTINGS;
    }

    @GetMapping("/admin/quarantine")
    String quarantine(Model model) {
        model.addAttribute("entries", quarantine.recent(200));
        return QUARANTINE;
    }

    @PostMapping("/admin/quarantine/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        boolean taken = quarantine.retry(id);
        redirect.addFlashAttribute("notice", taken ? "quarantine.retried" : "quarantine.retryFailed");
        return "redirect:/admin/quarantine";
    }

    @PostMapping("/admin/quarantine/{id}/dismiss")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        quarantine.dismiss(id);
        redirect.addFlashAttribute("notice", "quarantine.dismissed");
        return "redirect:/admin/quarantine";
    }
}
