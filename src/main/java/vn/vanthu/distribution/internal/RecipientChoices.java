package vn.vanthu.distribution.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationGroup;
import vn.vanthu.directory.OrganizationGroups;

/** What a sender can pick as recipients: the units below it, the offices above it, and its groups of units. */
@Component
class RecipientChoices {

    private final OrganizationDirectory organizations;
    private final OrganizationGroups groups;

    RecipientChoices(OrganizationDirectory organizations, OrganizationGroups groups) {
        this.organizations = organizations;
        this.groups = groups;
    }

    /** Every organization below the sender, at any depth. */
    List<Organization> units(long senderId) {
        return organizations.subtree(senderId).stream()
                .filter(o -> o.id() != senderId)
                .toList();
    }

    /** The offices above the sender, nearest first. */
    List<Organization> above(long senderId) {
        List<Organization> chain = new ArrayList<>();
        Optional<Organization> current = organizations.find(senderId);
        while (current.isPresent() && current.get().parentId() != null && chain.size() < 64) {
            current = organizations.find(current.get().parentId());
            current.ifPresent(chain::add);
        }
        return chain;
    }

    List<OrganizationGroup> groups(long senderId) {
        return groups.ownedBy(senderId);
    }

    /** The recipients picked: single units, the members of picked groups, and everything below when asked. */
    List<Long> resolve(long senderId, List<Long> picked, List<Long> groupIds, boolean allBelow) {
        Set<Long> ids = new LinkedHashSet<>(picked == null ? List.of() : picked);
        for (long groupId : groupIds == null ? List.<Long>of() : groupIds) {
            groups.find(groupId)
                    .filter(group -> group.ownerId() == senderId)
                    .ifPresent(group -> ids.addAll(group.memberIds()));
        }
        if (allBelow) {
            units(senderId).forEach(unit -> ids.add(unit.id()));
        }
        return List.copyOf(ids);
    }
}
