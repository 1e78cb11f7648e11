package vn.vanthu.account.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.ImportReport;
import vn.vanthu.account.NewUnit;
import vn.vanthu.account.UnitEnrolment;
import vn.vanthu.directory.DuplicateOrganizationException;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;

/** Administration of the organization tree: list, add a unit with its account, edit, import a list. */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminController {

    static final String LIST = "admin/organizations";
    static final String EDIT = "admin/organization-edit";
    static final String CREATED = "admin/credentials";
    static final String IMPORT = "admin/import";

    private final OrganizationDirectory organizations;
    private final UnitEnrolment enrolment;
    private final CurrentAccount current;
    private final AccessPolicy access;

    OrganizationAdminController(
            OrganizationDirectory organizations, UnitEnrolment enrolment, CurrentAccount current, AccessPolicy access) {
        this.organizations = organizations;
        this.enrolment = enrolment;
        this.current = current;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        Account caller = current.get();
        List<Organization> visible = access.visibleOrganizations(caller);
        model.addAttribute("tree", OrganizationTree.of(visible));
        model.addAttribute(
                "parents",
                visible.stream().filter(o -> access.mayManage(caller, o.id())).toList());
        model.addAttribute("kinds", OrganizationKind.values());
        return LIST;
    }

    @PostMapping
    String create(
            @RequestParam long parentId,
            @RequestParam String name,
            @RequestParam String code,
            @RequestParam(defaultValue = "") String emails,
            @RequestParam String headName,
            @RequestParam(defaultValue = "SCHOOL") OrganizationKind kind,
            @RequestParam(required = false) String organId,
            Model model,
            RedirectAttributes redirect) {
        Account caller = current.get();
        try {
            var unit = enrolment.enrol(
                    caller,
                    new NewUnit(parentId, name, code, split(emails), headName, kind, organId),
                    current.actorOf(caller));
            model.addAttribute("created", List.of(unit));
            return CREATED;
        } catch (IllegalArgumentException | DuplicateOrganizationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/admin/organizations";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        access.checkMayManage(current.get(), id);
        model.addAttribute("organization", organizations.find(id).orElseThrow());
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("wantsStatusReports", organizations.wantsStatusReports(id));
        return EDIT;
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam String code,
            @RequestParam(defaultValue = "") String emails,
            @RequestParam OrganizationKind kind,
            @RequestParam(required = false) String organId,
            @RequestParam(defaultValue = "false") boolean wantsStatusReports,
            RedirectAttributes redirect) {
        access.checkMayManage(current.get(), id);
        Organization o = organizations.find(id).orElseThrow();
        try {
            organizations.update(id, new NewOrganization(null, name, code, kind, split(emails), organId, o.headName()));
            organizations.setWantsStatusReports(id, wantsStatusReports);
            redirect.addFlashAttribute("notice", "organization.saved");
            return "redirect:/admin/organizations";
        } catch (IllegalArgumentException | DuplicateOrganizationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/admin/organizations/" + id;
        }
    }

    @GetMapping("/import")
    String importForm(Model model) {
        Account caller = current.get();
        model.addAttribute(
                "parents",
                access.visibleOrganizations(caller).stream()
                        .filter(o -> access.mayManage(caller, o.id()))
                        .toList());
        return IMPORT;
    }

    @PostMapping("/import")
    String importList(@RequestParam long parentId, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        Account caller = current.get();
        ImportReport report;
        try {
            var rows = UnitListReader.read(file.getOriginalFilename(), file.getBytes());
            report = enrolment.importUnits(caller, parentId, rows, current.actorOf(caller));
        } catch (IllegalArgumentException e) {
            report = new ImportReport(List.of(), List.of(new ImportReport.RowError(0, e.getMessage())));
        }
        model.addAttribute("report", report);
        if (report.succeeded()) {
            model.addAttribute("created", report.created());
            return CREATED;
        }
        return importForm(model);
    }

    private static List<String> split(String emails) {
        return Arrays.stream(emails.split("[;,\\s]+")).filter(e -> !e.isBlank()).toList();
    }
}
