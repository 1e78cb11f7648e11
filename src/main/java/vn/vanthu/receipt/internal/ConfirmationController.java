package vn.vanthu.receipt.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.distribution.ConfirmationChannel;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.distribution.SignedLinks;

/**
 * The confirmation link of a delivery e-mail. Opening the link shows a page that confirms by itself in a browser
 * (a form submitted by script, with a button when scripts are off); link scanners that only fetch the page
 * confirm nothing, because only the POST records the confirmation.
 */
@Controller
class ConfirmationController {

    static final String CONFIRM = "receipt/confirm";
    static final String CONFIRMED = "receipt/confirmed";
    static final String INVALID = "receipt/invalid-link";

    private final SignedLinks links;
    private final DeliveryBook deliveries;

    ConfirmationController(SignedLinks links, DeliveryBook deliveries) {
        this.links = links;
        this.deliveries = deliveries;
    }

    @GetMapping("/xac-nhan/{token}")
    String page(
            @PathVariable String token,
            @RequestParam("e") long expires,
            @RequestParam("s") String signature,
            Model model) {
        if (!links.verify(SignedLinks.Purpose.CONFIRM, token, expires, signature)) {
            return INVALID;
        }
        model.addAttribute("token", token).addAttribute("expires", expires).addAttribute("signature", signature);
        return CONFIRM;
    }

    @PostMapping("/xac-nhan/{token}")
    String confirm(
            @PathVariable String token,
            @RequestParam("e") long expires,
            @RequestParam("s") String signature,
            Model model) {
        if (!links.verify(SignedLinks.Purpose.CONFIRM, token, expires, signature)) {
            return INVALID;
        }
        Delivery delivery = deliveries.findByToken(token).orElse(null);
        if (delivery == null) {
            return INVALID;
        }
        deliveries.confirm(delivery.id(), ConfirmationChannel.LINK, "Xác nhận qua liên kết trong thư");
        model.addAttribute("delivery", deliveries.find(delivery.id()).orElseThrow());
        return CONFIRMED;
    }
}
