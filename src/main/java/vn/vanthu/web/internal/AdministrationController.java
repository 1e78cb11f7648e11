package vn.vanthu.web.internal;

import java.util.List;
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
import vn.vanthu.mailbox.MailboxSettings;
import vn.vanthu.mailbox.Mailboxes;
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
    private final Mailboxes mailboxes;
    private final String dataDir;
    private final String secureCookies;

    AdministrationController(
            MailProperties mail,
            AccountProperties accounts,
            QuarantineView quarantine,
            MailServerCheck check,
            Mailboxes mailboxes,
            @Value("${vanthu.data-dir}") String dataDir,
            @Value("${server.servlet.session.cookie.secure:false}") String secureCookies) {
        this.mail = mail;
        this.accounts = accounts;
        this.quarantine = quarantine;
        this.check = check;
        this.mailboxes = mailboxes;
        this.dataDir = dataDir;
        this.secureCookies = secureCookies;
    }

    @GetMapping("/admin/mailboxes")
    String mailboxes(Model model) {
        model.addAttribute("mail", mail);
        List<MailboxSettings> all = mailboxes.all();
        model.addAttribute("mailboxes", all);
        model.addAttribute(
                "configured",
                all.stream()
                        .map(MailboxSettings::id)
                        .filter(mailboxes::configured)
                        .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form", new Mailboxes.NewMailbox(null, "imaps", null, null, null, null, "INBOX", 60, null));
        }
        model.addAttribute("smtp", mail.activeSmtp());
        return MAILBOXES;
    }

    /** Logs in to every mailbox and the SMTP server now and shows what each said. */
    @PostMapping("/admin/mailboxes/test")
    String test(Model model) {
        model.addAttribute("results", check.checkAll());
        return mailboxes(model);
    }

    /** Adds a mailbox after logging in to it; shows what the server said either way. */
    @PostMapping("/admin/mailboxes")
    String add(Mailboxes.NewMailbox form, java.security.Principal principal, Model model) {
        Mailboxes.Admission admission = mailboxes.add(form, principal.getName());
        model.addAttribute("admission", admission);
        if (!admission.added()) {
            // The form comes back as typed, without the password.
            model.addAttribute(
                    "form",
                    new Mailboxes.NewMailbox(
                            form.id(),
                            form.protocol(),
                            form.host(),
                            form.port(),
                            form.username(),
                            null,
                            form.folders(),
                            form.pollSeconds(),
                            form.organization()));
        }
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
