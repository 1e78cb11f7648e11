package vn.vanthu.handling.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.Role;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.handling.Assignee;
import vn.vanthu.mailbox.MailOutbox;

/** Who gets the handling module's mail: the leaders of an organization, the people behind an assignee. */
@Component
class MailAddresses {

    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final MailOutbox outbox;

    MailAddresses(AccountDirectory accounts, OrganizationDirectory organizations, MailOutbox outbox) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    /**
     * The leaders of an organization with an e-mail address: its LEADER accounts, else the unit's own account
     * (named after its head).
     */
    List<Account> leadersOf(long organizationId) {
        List<Account> staff = reachable(organizationId);
        List<Account> leaders =
                staff.stream().filter(a -> a.role() == Role.LEADER).toList();
        return leaders.isEmpty()
                ? staff.stream().filter(a -> a.role() == Role.UNIT).toList()
                : leaders;
    }

    /** The addresses of an assignee: the person's own, or for a unit its accounts' (else its official address). */
    Set<String> of(Assignee assignee) {
        Set<String> addresses = new LinkedHashSet<>();
        if (assignee.accountId() != null) {
            accounts.find(assignee.accountId())
                    .filter(a -> a.enabled() && hasEmail(a))
                    .ifPresent(a -> addresses.add(normal(a.email())));
        } else if (assignee.organizationId() != null) {
            reachable(assignee.organizationId()).stream()
                    .filter(a -> a.role() != Role.ADMIN)
                    .forEach(a -> addresses.add(normal(a.email())));
            if (addresses.isEmpty()) {
                organizations
                        .find(assignee.organizationId())
                        .map(o -> o.primaryEmail())
                        .filter(e -> e != null && !e.equalsIgnoreCase(outbox.gatewayAddress()))
                        .ifPresent(e -> addresses.add(normal(e)));
            }
        }
        return addresses;
    }

    /** The enabled accounts of an organization that have an address the gateway may write to. */
    List<Account> reachable(long organizationId) {
        return accounts.inOrganizations(List.of(organizationId)).stream()
                .filter(Account::enabled)
                .filter(this::hasEmail)
                .toList();
    }

    /**
     * Whether the account has a personal address the gateway may write to: not the gateway's own, and not one of its
     * organization's official addresses, which may be a mailbox a gateway takes letters from (a notice with the
     * letter attached must never come back in as a letter).
     */
    boolean hasEmail(Account account) {
        if (account.email() == null
                || !account.email().contains("@")
                || account.email().equalsIgnoreCase(outbox.gatewayAddress())) {
            return false;
        }
        String email = normal(account.email());
        return organizations
                .find(account.organizationId())
                .map(o -> !o.emails().contains(email))
                .orElse(true);
    }

    private static String normal(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
