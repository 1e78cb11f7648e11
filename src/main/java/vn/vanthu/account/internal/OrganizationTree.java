package vn.vanthu.account.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanthu.directory.Organization;

/** Lays organizations out as an indented tree for pages: each with its depth, parents before children. */
final class OrganizationTree {

    /** One line of the tree. */
    record Node(Organization organization, int depth) {}

    private OrganizationTree() {}

    static List<Node> of(List<Organization> organizations) {
        Set<Long> ids = new HashSet<>();
        Map<Long, List<Organization>> children = new HashMap<>();
        organizations.forEach(o -> ids.add(o.id()));
        List<Organization> tops = new ArrayList<>();
        for (Organization o : organizations) {
            if (o.parentId() == null || !ids.contains(o.parentId())) {
                tops.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        List<Node> nodes = new ArrayList<>();
        tops.forEach(top -> walk(top, 0, children, nodes));
        return nodes;
    }

    private static void walk(Organization o, int depth, Map<Long, List<Organization>> children, List<Node> out) {
        out.add(new Node(o, depth));
        children.getOrDefault(o.id(), List.of()).forEach(child -> walk(child, depth + 1, children, out));
    }
}
