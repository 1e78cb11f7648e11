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

    /**
     * Whether the account may add, change or import units at or below an organization: the administrator
     * anywhere, a clerk within its own office's subtree.
     */
    public boolean mayManage(Account account, long organizationId) {
        return switch (account.role()) {
            case ADMIN -> true;
            case CLERK -> organizations.isWithin(organizationId, account.organizationId());
            default -> false;
        };
    }

    /** Throws {@link AccessDeniedException} unless the account may manage units at the organization. */
    public void checkMayManage(Account account, long organizationId) {
        if (!mayManage(account, organizationId)) {
            throw new AccessDeniedException("Không có quyền quản lý đơn vị này.");
        }
    }

    /**
     * Whether the account may hand another over to a successor: the administrator, or a clerk of an office
     * above the account's organization (not of the same organization: nobody hands over their own office).
     */
    public boolean mayHandOver(Account caller, Account target) {
        if (caller.role() == Role.ADMIN) {
            return target.id() != caller.id();
        }
        return caller.role() == Role.CLERK
                && target.organizationId() != caller.organizationId()
                && organizations.isWithin(target.organizationId(), caller.organizationId());
    }

    /**
     * Whether the account may register and correct the organization's incoming documents: its clerk, the
     * unit's own account or delegate (a school is its own clerk), and the administrator.
     */
    public boolean mayRegister(Account account, long organizationId) {
        return switch (account.role()) {
            case ADMIN -> true;
            case CLERK -> maySee(account, organizationId);
            case UNIT, DELEGATE -> account.organizationId() == organizationId;
            case LEADER -> false;
        };
    }

    /** Throws {@link AccessDeniedException} unless the account may register the organization's documents. */
    public void checkMayRegister(Account account, long organizationId) {
        if (!mayRegister(account, organizationId)) {
            throw new AccessDeniedException("Không có quyền vào sổ văn bản của đơn vị này.");
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
