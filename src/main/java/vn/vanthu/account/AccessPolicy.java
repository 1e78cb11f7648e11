package vn.vanthu.account;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;

/**
 * Decides which organizations an account may see: the administrator the whole tree, clerks and leaders their
 * organization and everything below it, a unit account and its delegate their own unit only.
 */
@Component
public class AccessPolicy {

    private final OrganizationDirectory organizations;

    public AccessPolicy(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    /** Whether the account may see the organization's documents. */
    public boolean maySee(Account account, long organizationId) {
        if (account.organizationId() == organizationId) {
            return true;
        }
        if (account.role() == Role.ADMIN) {
            return true;
        }
        return account.role().seesSubtree() && organizations.isWithin(organizationId, account.organizationId());
    }

    /** Throws {@link AccessDeniedException} unless the account may see the organization. */
    public void checkMaySee(Account account, long organizationId) {
        if (!maySee(account, organizationId)) {
            throw new AccessDeniedException("Không có quyền xem văn bản của đơn vị này.");
        }
    }

    /** The organizations the account may see. */
    public List<Organization> visibleOrganizations(Account account) {
        if (account.role() == Role.ADMIN) {
            return organizations.subtree(organizations.root().id());
        }
        if (account.role().seesSubtree()) {
            return organizations.subtree(account.organizationId());
        }
        return organizations.find(account.organizationId()).stream().toList();
    }
}
