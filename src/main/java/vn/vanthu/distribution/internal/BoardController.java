package vn.vanthu.distribution.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.vanthu.distribution.Circulars;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.distribution.DeliveryStatus;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;

/** The distribution board of an outgoing document: who got it, who confirmed and how; resend, add, recall. */
@Controller
class BoardController {

    static final String BOARD = "distribution/board";

    private final DocumentRegistry registry;
    private final DeliveryBook deliveries;
    private final Circulars circulars;
    private final RecipientChoices choices;
    private final CurrentAccount current;
    private final AccessPolicy access;

    BoardController(
            DocumentRegistry registry,
            DeliveryBook deliveries,
            Circulars circulars,
            RecipientChoices choices,
            CurrentAccount current,
            AccessPolicy access) {
        this.registry = registry;
        this.deliveries = deliveries;
        this.circulars = circulars;
        this.choices = choices;
        this.current = current;
        this.access = access;
    }

    @GetMapping("/documents/{id}/distribution")
    String board(@PathVariable long id, Model model) {
        Account caller = current.get();
        DocumentDetails document = visible(id, caller);
        List<Delivery> lines = deliveries.ofDocument(id);
        Set<Long> already = lines.stream().map(Delivery::organizationId).collect(Collectors.toSet());
        Map<DeliveryStatus, Long> counts = Arrays.stream(DeliveryStatus.values())
                .collect(Collectors.toMap(
                        Function.identity(),
                        s -> lines.stream().filter(d -> d.status() == s).count()));
        model.addAttribute("document", document);
        model.addAttribute("deliveries", lines);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "mayManage", access.mayRegister(caller, document.summary().organizationId()));
        model.addAttribute(
                "candidates",
                choices.units(document.summary().organizationId()).stream()
                        .filter(o -> !already.contains(o.id()))
                        .toList());
        return BOARD;
    }

    @PostMapping("/documents/{id}/deliveries/{deliveryId}/resend")
    String resend(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
        DocumentDetails document = managed(id);
        circulars.resend(deliveryId, document.summary().organizationId(), current.actor());
        redirect.addFlashAttribute("notice", "distribution.resent");
        return "redirect:/documents/" + id + "/distribution";
    }

    @PostMapping("/documents/{id}/recipients")
    String add(
            @PathVariable long id,
            @RequestParam(name = "recipients", required = false) List<Long> recipients,
            RedirectAttributes redirect) {
        DocumentDetails document = managed(id);
        if (recipients != null && !recipients.isEmpty()) {
            circulars.addRecipients(id, document.summary().organizationId(), current.actor(), recipients);
            redirect.addFlashAttribute("notice", "distribution.added");
        }
        return "redirect:/documents/" + id + "/distribution";
    }

    @PostMapping("/documents/{id}/recall")
    String recall(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        DocumentDetails document = managed(id);
        circulars.recall(id, document.summary().organizationId(), current.actor(), reason.strip());
        redirect.addFlashAttribute("notice", "distribution.recalled");
        return "redirect:/documents/" + id + "/distribution";
    }

    private DocumentDetails managed(long id) {
        Account caller = current.get();
        DocumentDetails document = visible(id, caller);
        access.checkMayRegister(caller, document.summary().organizationId());
        return document;
    }

    private DocumentDetails visible(long id, Account caller) {
        DocumentDetails document = registry.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        if (!access.maySee(caller, document.summary().organizationId())) {
            throw new DocumentNotFoundException(id);
        }
        return document;
    }
}
