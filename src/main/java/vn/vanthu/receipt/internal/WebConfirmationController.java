package vn.vanthu.receipt.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.distribution.ConfirmationChannel;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;

/** The "Xác nhận đã nhận" button in a unit's VanThu inbox (confirmed via WEB). */
@Controller
class WebConfirmationController {

    private final DocumentRegistry registry;
    private final DeliveryBook deliveries;
    private final CurrentAccount current;

    WebConfirmationController(DocumentRegistry registry, DeliveryBook deliveries, CurrentAccount current) {
        this.registry = registry;
        this.deliveries = deliveries;
        this.current = current;
    }

    @PostMapping("/documents/{id}/confirm-receipt")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        Account caller = current.get();
        var document = registry.find(id)
                .orElseThrow(() -> new DocumentNotFoundException(id))
                .summary();
        if (document.organizationId() != caller.organizationId()) {
            throw new AccessDeniedException("Chỉ đơn vị nhận mới xác nhận được.");
        }
        Delivery delivery = deliveries
                .ofIncomingCopy(id)
                .orElseThrow(() -> new IllegalStateException("Văn bản này không được gửi qua VanThu."));
        deliveries.confirm(delivery.id(), ConfirmationChannel.WEB, "Xác nhận trên VanThu bởi " + current.actor());
        registry.record(id, current.actor(), "RECEIPT_CONFIRMED", "Xác nhận đã nhận với nơi gửi");
        redirect.addFlashAttribute("notice", "receipt.confirmed");
        return "redirect:/documents/" + id;
    }
}
