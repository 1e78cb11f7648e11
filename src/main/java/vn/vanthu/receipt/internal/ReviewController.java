package vn.vanthu.receipt.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.Role;
import vn.vanthu.distribution.ConfirmationChannel;
import vn.vanthu.distribution.DeliveryBook;

/**
 * The review queue: replies that matched no delivery and suspicious ones (right token, wrong sender). The clerk
 * links a reply to a delivery by its token (shown on the board) or dismisses it.
 */
@Controller
class ReviewController {

    static final String REVIEW = "receipt/review";

    private final ReceiptEvents events;
    private final DeliveryBook deliveries;
    private final CurrentAccount current;

    ReviewController(ReceiptEvents events, DeliveryBook deliveries, CurrentAccount current) {
        this.events = events;
        this.deliveries = deliveries;
        this.current = current;
    }

    @GetMapping("/receipts/review")
    String review(Model model) {
        clerk();
        List<ReceiptEvents.Event> open = events.open();
        model.addAttribute("events", open);
        return REVIEW;
    }

    @PostMapping("/receipts/review/{id}/link")
    String link(@PathVariable long id, @RequestParam String token, RedirectAttributes redirect) {
        clerk();
        ReceiptEvents.Event event =
                events.find(id).orElseThrow(() -> new IllegalArgumentException("Không có mục " + id));
        var delivery = deliveries
                .findByToken(token.strip().toLowerCase(java.util.Locale.ROOT).replace("vt-", ""))
                .orElseThrow(() -> new IllegalArgumentException("Không có lần gửi với mã " + token));
        deliveries.confirm(
                delivery.id(),
                ConfirmationChannel.REPLY,
                "Văn thư " + current.actor() + " liên kết thư của " + event.sender() + " lúc " + OffsetDateTime.now());
        events.resolve(id, current.actor());
        redirect.addFlashAttribute("notice", "receipt.linked");
        return "redirect:/receipts/review";
    }

    @PostMapping("/receipts/review/{id}/dismiss")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        clerk();
        events.resolve(id, current.actor());
        redirect.addFlashAttribute("notice", "receipt.dismissed");
        return "redirect:/receipts/review";
    }

    private Account clerk() {
        Account caller = current.get();
        if (caller.role() != Role.ADMIN && caller.role() != Role.CLERK) {
            throw new AccessDeniedException("Chỉ văn thư xem được hàng chờ xác nhận.");
        }
        return caller;
    }
}
