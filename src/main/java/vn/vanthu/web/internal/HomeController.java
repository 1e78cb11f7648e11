package vn.vanthu.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is the incoming list: what every role looks at first. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/incoming";
    }
}
