package vn.vanthu.registry.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.OrganizationChoice;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.Register;
import vn.vanthu.registry.RegisterBook;
import vn.vanthu.registry.RegisterEntry;

/** Sổ: each register of an organization by year, on screen, printed to PDF and exported to XLSX. */
@Controller
class RegisterController {

    static final String LIST = "registry/registers";
    static final String VIEW = "registry/register";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegisterBook book;
    private final RegisterSheets sheets;
    private final CurrentAccount current;
    private final AccessPolicy access;
    private final OrganizationChoice choice;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    RegisterController(
            RegisterBook book,
            RegisterSheets sheets,
            CurrentAccount current,
            AccessPolicy access,
            OrganizationChoice choice,
            OrganizationDirectory organizations,
            Clock clock) {
        this.book = book;
        this.sheets = sheets;
        this.current = current;
        this.access = access;
        this.choice = choice;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/registers")
    String list(@RequestParam(required = false) Long organizationId, Model model) {
        Organization organization = choice.choose(current.get(), organizationId, model);
        List<Register> registers = book.registers(organization.id());
        model.addAttribute("registers", registers);
        model.addAttribute(
                "years",
                registers.stream().collect(java.util.stream.Collectors.toMap(Register::id, r -> book.years(r.id()))));
        return LIST;
    }

    @GetMapping("/registers/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        Register register = visible(id);
        int chosen = year(year);
        List<RegisterEntry> entries = book.entries(id, chosen);
        model.addAttribute("register", register);
        model.addAttribute(
                "organization", organizations.find(register.organizationId()).orElseThrow());
        model.addAttribute("year", chosen);
        model.addAttribute("years", book.years(id));
        model.addAttribute("columns", RegisterSheets.columns(register));
        model.addAttribute("rows", RegisterSheets.rows(register, entries));
        model.addAttribute("entries", entries);
        return VIEW;
    }

    @GetMapping("/registers/{id}/print.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer year) {
        Register register = visible(id);
        int chosen = year(year);
        byte[] pdf = sheets.pdf(register, organization(register), chosen, book.entries(id, chosen));
        return download(pdf, MediaType.APPLICATION_PDF, "so-" + register.code() + "-" + chosen + ".pdf", true);
    }

    @GetMapping("/registers/{id}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
        Register register = visible(id);
        int chosen = year(year);
        byte[] xlsx = sheets.xlsx(register, organization(register), chosen, book.entries(id, chosen));
        return download(xlsx, XLSX, "so-" + register.code() + "-" + chosen + ".xlsx", false);
    }

    private Register visible(long id) {
        Register register = book.register(id).orElseThrow(() -> new DocumentNotFoundException(id));
        access.checkMaySee(current.get(), register.organizationId());
        return register;
    }

    private Organization organization(Register register) {
        return organizations.find(register.organizationId()).orElseThrow();
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
