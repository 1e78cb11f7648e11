package vn.vanthu.intake.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailProperties;
import vn.vanthu.mailbox.MailboxSettings;
import vn.vanthu.mime.MailHeaders;
import vn.vanthu.mime.ParsedMail;

/**
 * Decides whether the sender of a letter gets an acknowledgement: never an automatic message, a list, a
 * no-reply or daemon address, or the gateway's own mailboxes, so that two gateways never loop.
 */
@Component
class AcknowledgementPolicy {

    private static final Pattern ROBOT = Pattern.compile(
            "^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|noreply-.*|bounces?|bounce-.*|.*-bounces?)$");

    private final Set<String> ownAddresses;

    AcknowledgementPolicy(MailProperties properties) {
        this.ownAddresses = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(properties.gatewayAddress()),
                        properties.activeMailboxes().stream().map(MailboxSettings::username))
                .filter(a -> a != null && a.contains("@"))
                .map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    boolean allows(ParsedMail mail) {
        if (mail.from() == null || !mail.from().address().contains("@")) {
            return false;
        }
        String address = mail.from().withoutTag();
        String local = address.substring(0, address.lastIndexOf('@'));
        return !ownAddresses.contains(address) && !ROBOT.matcher(local).matches() && !isAutomatic(mail.headers());
    }

    private static boolean isAutomatic(MailHeaders headers) {
        String autoSubmitted = headers.first("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.trim().equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = headers.first("Precedence");
        if (precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return true;
        }
        String returnPath = headers.first("Return-Path");
        return headers.has("List-Id")
                || headers.has("X-Autoreply")
                || headers.has("X-Autorespond")
                || (returnPath != null && returnPath.trim().equals("<>"));
    }
}
