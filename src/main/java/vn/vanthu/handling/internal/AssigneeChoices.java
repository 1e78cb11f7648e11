package vn.vanthu.handling.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.Role;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.handling.Assignee;
import vn.vanthu.handling.AssigneePart;

/**
 * The units and persons a document of an organization can be assigned to: the units below it at any depth and the
 * organization's own staff accounts; form values are {@code unit:<id>} and {@code person:<id>}, and a bare name is
 * taken for a person without an account.
 */
@Component
class AssigneeChoices {

    /** One option of the assignment form. */
    record Choice(String value, String label) {}

    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;

    AssigneeChoices(OrganizationDirectory organizations, AccountDirectory accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    List<Choice> of(long organizationId) {
        List<Choice> choices = new ArrayList<>();
        for (Account a : people(organizationId)) {
            choices.add(new Choice("person:" + a.id(), a.fullName() + " (" + a.username() + ")"));
        }
        for (Organization o : units(organizationId)) {
            choices.add(new Choice("unit:" + o.id(), o.name()));
        }
        return choices;
    }

    /** The assignee a form value or a typed name stands for, checked against the choices; empty when blank. */
    Optional<Assignee> parse(long organizationId, AssigneePart part, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.startsWith("unit:")) {
            long id = Long.parseLong(v.substring(5));
            Organization unit = units(organizationId).stream()
                    .filter(o -> o.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Đơn vị không thuộc cơ quan này."));
            return Optional.of(new Assignee(part, unit.id(), null, unit.name()));
        }
        if (v.startsWith("person:")) {
            long id = Long.parseLong(v.substring(7));
            Account person = people(organizationId).stream()
                    .filter(a -> a.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Người này không thuộc cơ quan."));
            return Optional.of(new Assignee(part, null, person.id(), person.fullName()));
        }
        return Optional.of(new Assignee(part, null, null, v));
    }

    /** The typed names, one a line (or separated by “;”). */
    static List<String> names(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\n;]+"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private List<Organization> units(long organizationId) {
        return organizations.subtree(organizationId).stream()
                .filter(o -> o.id() != organizationId)
                .toList();
    }

    private List<Account> people(long organizationId) {
        return accounts.inOrganizations(List.of(organizationId)).stream()
                .filter(Account::enabled)
                .filter(a -> a.role() != Role.ADMIN)
                .toList();
    }
}
