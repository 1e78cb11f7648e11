package vn.vanthu.handling.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;

/** Which organization's lists a page shows: the caller's by default, another it may see when asked. */
@Component
class OrganizationPicker {

    private final AccessPolicy access;
    private final OrganizationDirectory organizations;

    OrganizationPicker(AccessPolicy access, OrganizationDirectory organizations) {
        this.access = access;
        this.organizations = organizations;
    }

    /** The organization to show, checked; adds it and the choices for the picker to the model. */
    Organization choose(Account caller, Long requested, Model model) {
        long id = requested == null ? caller.organizationId() : requested;
        access.checkMaySee(caller, id);
        Organization organization = organizations.find(id).orElseThrow();
        List<Organization> visible = access.visibleOrganizations(caller);
        model.addAttribute("organization", organization);
        model.addAttribute("organizations", visible.size() > 1 ? visible : List.of());
        return organization;
    }
}
