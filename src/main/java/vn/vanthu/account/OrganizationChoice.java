package vn.vanthu.account;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;

/** Which organization's books a page shows: the caller's by default, another it may see when asked. */
@Component
public class OrganizationChoice {

    private final AccessPolicy access;
    private final OrganizationDirectory organizations;

    public OrganizationChoice(AccessPolicy access, OrganizationDirectory organizations) {
        this.access = access;
        this.organizations = organizations;
    }

    /** The organization to show, checked; adds it and the choices to the model. */
    public Organization choose(Account caller, Long requested, Model model) {
        long id = requested == null ? caller.organizationId() : requested;
        access.checkMaySee(caller, id);
        Organization organization = organizations.find(id).orElseThrow();
        List<Organization> choices = access.visibleOrganizations(caller);
        model.addAttribute("organization", organization);
        model.addAttribute("organizations", choices.size() > 1 ? choices : List.of());
        return organization;
    }
}
