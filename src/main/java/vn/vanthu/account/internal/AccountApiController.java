package vn.vanthu.account.internal;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.PasswordRejectedException;

/** {@code POST /api/account/password}: how an API client replaces a temporary password. */
@RestController
@RequestMapping("/api/account")
class AccountApiController {

    record PasswordChange(String currentPassword, String newPassword) {}

    private final AccountDirectory accounts;
    private final CurrentAccount current;

    AccountApiController(AccountDirectory accounts, CurrentAccount current) {
        this.accounts = accounts;
        this.current = current;
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange body) {
        Account account = current.get();
        accounts.changePassword(account.id(), body.currentPassword(), body.newPassword(), current.actorOf(account));
    }

    @ExceptionHandler(PasswordRejectedException.class)
    ResponseEntity<Map<String, String>> rejected(PasswordRejectedException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "password_rejected", "message", e.getMessage()));
    }
}
