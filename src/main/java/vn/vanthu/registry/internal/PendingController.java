package vn.vanthu.registry.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.OrganizationChoice;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.RegisterBook;

/**
 * Chờ vào sổ: the clerk checks the metadata read from each waiting letter beside its PDF, corrects what is wrong
 * and registers it with one click.
 */
@Controller
class PendingController {

    static final String QUEUE = "registry/pending";
    static final String REVIEW = "registry/review";

    private final DocumentRegistry registry;
    private final RegisterBook book;
    private final CurrentAccount current;
    private final AccessPolicy access;
    private final OrganizationChoice choice;

    PendingController(
            DocumentRegistry registry,
            RegisterBook book,
            CurrentAccount current,
            AccessPolicy access,
            OrganizationChoice choice) {
        this.registry = registry;
        this.book = book;
        this.current = current;
        this.access = access;
        this.choice = choice;
    }

    @GetMapping("/incoming/pending")
    String queue(@RequestParam(required = false) Long organizationId, Model model) {
        Account caller = current.get();
        var organization = choice.choose(caller, organizationId, model);
        access.checkMayRegister(caller, organization.id());
        model.addAttribute("documents", book.pending(organization.id()));
        return QUEUE;
    }

    @GetMapping("/incoming/pending/{id}")
    String review(@PathVariable long id, Model model) {
        DocumentDetails document = registry.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        if (document.summary().status() != DocumentStatus.PENDING) {
            return "redirect:/documents/" + id;
        }
        document = pending(id);
        model.addAttribute("document", document);
        model.addAttribute("metadata", document.metadata());
        model.addAttribute("preview", DocumentController.previewable(document));
        return REVIEW;
    }

    @PostMapping("/incoming/pending/{id}/register")
    String register(
            @PathVariable long id,
            @RequestParam(required = false) String documentType,
            @RequestParam(required = false) String codeNumber,
            @RequestParam(required = false) String codeNotation,
            @RequestParam(required = false) String promulgationPlace,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate promulgationDate,
            @RequestParam(required = false) String organization,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String signerFullName,
            @RequestParam(required = false) String signerPosition,
            @RequestParam(defaultValue = "0") int priority,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam(required = false) String toPlaces,
            RedirectAttributes redirect) {
        DocumentDetails document = pending(id);
        DocumentMetadata old = document.metadata();
        DocumentMetadata corrected = new DocumentMetadata(
                blank(documentType),
                blank(codeNumber),
                blank(codeNotation),
                blank(promulgationPlace),
                promulgationDate,
                blank(organization),
                old.parentOrganization(),
                blank(subject),
                lines(toPlaces),
                old.distribution(),
                new SignerInfo(old.signer().competence(), blank(signerPosition), blank(signerFullName)),
                Math.max(0, Math.min(priority, 4)),
                old.confidentiality(),
                dueDate,
                old.confidence());
        DocumentSummary registered = registry.register(id, current.actor(), corrected);
        redirect.addFlashAttribute("notice", "document.registered");
        redirect.addFlashAttribute("registeredNumber", registered.registerNumber());
        return "redirect:/documents/" + id;
    }

    private DocumentDetails pending(long id) {
        DocumentDetails document = registry.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        Account caller = current.get();
        if (!access.maySee(caller, document.summary().organizationId())) {
            throw new DocumentNotFoundException(id);
        }
        access.checkMayRegister(caller, document.summary().organizationId());
        if (document.summary().status() != DocumentStatus.PENDING) {
            throw new IllegalStateException("Văn bản đã được vào sổ.");
        }
        return document;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
