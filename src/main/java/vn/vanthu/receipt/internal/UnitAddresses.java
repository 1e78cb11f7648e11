package vn.vanthu.receipt.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;

/**
 * The addresses that speak for a unit: its official addresses and the e-mails of its accounts (the head's and the
 * delegate's). A receipt from any other address confirms nothing.
 */
@Component
class UnitAddresses {

    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;

    UnitAddresses(OrganizationDirectory organizations, AccountDirectory accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    Set<String> of(long organizationId) {
        Set<String> addresses = new HashSet<>();
        organizations.find(organizationId).map(Organization::emails).ifPresent(addresses::addAll);
        for (Account account : accounts.inOrganizations(List.of(organizationId))) {
            if (account.email() != null && !account.email().isBlank()) {
                addresses.add(account.email().trim().toLowerCase(Locale.ROOT));
            }
        }
        return addresses;
    }

    boolean speaksFor(String address, long organizationId) {
        return address != null && of(organizationId).contains(withoutTag(address.toLowerCase(Locale.ROOT)));
    }

    /** The organizations an address speaks for (its official addresses only; accounts are checked per unit). */
    List<Long> organizationsOf(String address) {
        return address == null
                ? List.of()
                : organizations.findByEmail(withoutTag(address)).stream()
                        .map(Organization::id)
                        .toList();
    }

    private static String withoutTag(String address) {
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        return plus < 0 || at < 0 || plus > at ? address : address.substring(0, plus) + address.substring(at);
    }
}
