package vn.vanthu.directory.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.vanthu.directory.OrganizationGroup;

/** The SQL behind groups of units. */
@Repository
public class GroupRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    public GroupRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long ownerId, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organization_group (owner_id, name, created_at) VALUES (?, ?, ?)")
                .params(ownerId, name, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void replaceMembers(long groupId, List<Long> memberIds) {
        jdbc.sql("DELETE FROM organization_group_member WHERE group_id = ?")
                .param(groupId)
                .update();
        for (Long member : memberIds) {
            jdbc.sql("INSERT INTO organization_group_member (group_id, organization_id) VALUES (?, ?)")
                    .params(groupId, member)
                    .update();
        }
    }

    public Optional<OrganizationGroup> find(long id) {
        return jdbc.sql("SELECT id, owner_id, name FROM organization_group WHERE id = ?")
                .param(id)
                .query((rs, row) -> group(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("name")))
                .optional();
    }

    public List<OrganizationGroup> ownedBy(long ownerId) {
        return jdbc.sql("SELECT id, owner_id, name FROM organization_group WHERE owner_id = ? ORDER BY name")
                .param(ownerId)
                .query((rs, row) -> group(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("name")))
                .list();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM organization_group_member WHERE group_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM organization_group WHERE id = ?").param(id).update();
    }

    private OrganizationGroup group(long id, long ownerId, String name) {
        List<Long> members = jdbc.sql(
                        "SELECT organization_id FROM organization_group_member WHERE group_id = ? ORDER BY organization_id")
                .param(id)
                .query(Long.class)
                .list();
        return new OrganizationGroup(id, ownerId, name, members);
    }
}
