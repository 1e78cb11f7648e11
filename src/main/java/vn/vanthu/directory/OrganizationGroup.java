package vn.vanthu.directory;

import java.util.List;

/**
 * A named group of units an organization sends to together ("Các trường tiểu học").
 *
 * @param id the identifier
 * @param ownerId the organization that keeps the group
 * @param name the name, unique for the owner
 * @param memberIds the organizations in it
 */
public record OrganizationGroup(long id, long ownerId, String name, List<Long> memberIds) {

    public OrganizationGroup {
        memberIds = List.copyOf(memberIds);
    }
}
