package vn.vanthu.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.internal.GroupRows;

/** Keeps the groups of units each organization sends to together. */
@Service
public class OrganizationGroups {

    private final GroupRows rows;

    public OrganizationGroups(GroupRows rows) {
        this.rows = rows;
    }

    /** Creates an empty group; throws {@link IllegalStateException} when the owner has one of that name. */
    @Transactional
    public OrganizationGroup create(long ownerId, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Thiếu tên nhóm.");
        }
        try {
            return rows.find(rows.insert(ownerId, name.trim())).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("Đã có nhóm tên " + name.trim());
        }
    }

    /** Replaces the members of a group. */
    @Transactional
    public OrganizationGroup setMembers(long groupId, List<Long> memberIds) {
        rows.replaceMembers(groupId, memberIds.stream().distinct().toList());
        return rows.find(groupId).orElseThrow();
    }

    /** A group by id. */
    public Optional<OrganizationGroup> find(long groupId) {
        return rows.find(groupId);
    }

    /** The groups an organization keeps, by name. */
    public List<OrganizationGroup> ownedBy(long ownerId) {
        return rows.ownedBy(ownerId);
    }

    /** Deletes a group; its units stay. */
    @Transactional
    public void delete(long groupId) {
        rows.delete(groupId);
    }
}
