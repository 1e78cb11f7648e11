package vn.vanthu.registry.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.OrganizationChoice;
import vn.vanthu.directory.Organization;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentQuery;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.RegisterBook;

/** Văn bản đến: the incoming list with full-text search and filters, and the outgoing list beside it. */
@Controller
class IncomingController {

    static final String INCOMING = "registry/incoming";
    static final String OUTGOING = "registry/outgoing";

    private final RegisterBook book;
    private final CurrentAccount current;
    private final OrganizationChoice choice;
    private final AccessPolicy access;

    IncomingController(RegisterBook book, CurrentAccount current, OrganizationChoice choice, AccessPolicy access) {
        this.book = book;
        this.current = current;
        this.choice = choice;
        this.access = access;
    }

    @GetMapping("/incoming")
    String incoming(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) DocumentStatus status,
            Model model) {
        Account caller = current.get();
        Organization organization = choice.choose(caller, organizationId, model);
        model.addAttribute(
                "documents",
                book.search(new DocumentQuery(
                        organization.id(), Direction.INCOMING, q, number, issuer, from, to, status, 200)));
        model.addAttribute("pendingCount", book.countPending(organization.id()));
        model.addAttribute("mayRegister", access.mayRegister(caller, organization.id()));
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("q", q);
        model.addAttribute("number", number);
        model.addAttribute("issuer", issuer);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("status", status);
        return INCOMING;
    }

    @GetMapping("/outgoing")
    String outgoing(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String q,
            Model model) {
        Organization organization = choice.choose(current.get(), organizationId, model);
        model.addAttribute(
                "documents",
                book.search(new DocumentQuery(
                        organization.id(), Direction.OUTGOING, q, null, null, null, null, null, 200)));
        model.addAttribute("q", q);
        return OUTGOING;
    }
}
