package vn.vanthu.handling.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.OrganizationChoice;
import vn.vanthu.directory.Organization;
import vn.vanthu.handling.Assignments;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.RegisterBook;
import vn.vanthu.registry.RegisterEntry;

/** Sổ theo dõi giải quyết văn bản đến: on screen, printed to PDF and exported to XLSX, by year. */
@Controller
class FollowUpController {

    static final String VIEW = "handling/follow-up";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegisterBook book;
    private final Assignments assignments;
    private final FollowUpSheets sheets;
    private final OrganizationChoice lists;
    private final CurrentAccount current;
    private final Clock clock;

    FollowUpController(
            RegisterBook book,
            Assignments assignments,
            FollowUpSheets sheets,
            OrganizationChoice lists,
            CurrentAccount current,
            Clock clock) {
        this.book = book;
        this.assignments = assignments;
        this.sheets = sheets;
        this.lists = lists;
        this.current = current;
        this.clock = clock;
    }

    @GetMapping("/handling/follow-up")
    String show(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer year,
            Model model) {
        Organization organization = lists.choose(current.get(), organizationId, model);
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        List<FollowUpSheets.Line> lines = lines(organization.id(), chosen);
        model.addAttribute("year", chosen);
        model.addAttribute("columns", FollowUpSheets.COLUMNS);
        model.addAttribute("rows", FollowUpSheets.rows(lines, LocalDate.now(clock)));
        model.addAttribute("lines", lines);
        return VIEW;
    }

    @GetMapping("/handling/follow-up/print.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Integer year) {
        Organization organization =
                lists.choose(current.get(), organizationId, new org.springframework.ui.ExtendedModelMap());
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        byte[] pdf = sheets.pdf(organization.name(), chosen, lines(organization.id(), chosen), LocalDate.now(clock));
        return download(pdf, MediaType.APPLICATION_PDF, "so-theo-doi-" + chosen + ".pdf", true);
    }

    @GetMapping("/handling/follow-up/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Integer year) {
        Organization organization =
                lists.choose(current.get(), organizationId, new org.springframework.ui.ExtendedModelMap());
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        byte[] xlsx = sheets.xlsx(organization.name(), chosen, lines(organization.id(), chosen), LocalDate.now(clock));
        return download(xlsx, XLSX, "so-theo-doi-" + chosen + ".xlsx", false);
    }

    private List<FollowUpSheets.Line> lines(long organizationId, int year) {
        List<RegisterEntry> entries = new ArrayList<>();
        book.registers(organizationId).stream()
                .filter(r -> r.direction() == Direction.INCOMING)
                .forEach(r -> entries.addAll(book.entries(r.id(), year)));
        return FollowUpSheets.lines(
                entries,
                assignments.ofDocuments(
                        entries.stream().map(e -> e.summary().id()).toList()));
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
