package vn.vanthu.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationKind;

/** The SQL behind the organization directory. */
@Repository
public class OrganizationRows {

    private static final String COLUMNS = "id, parent_id, name, code, kind, organ_id, head_name";

    private final JdbcClient jdbc;
    private final Clock clock;

    public OrganizationRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Organization> findRoot() {
        return one("SELECT " + COLUMNS + " FROM organization WHERE kind = 'ROOT' ORDER BY id", null);
    }

    public Optional<Organization> find(long id) {
        return one("SELECT " + COLUMNS + " FROM organization WHERE id = ?", id);
    }

    public Optional<Organization> findByCode(String code) {
        return one("SELECT " + COLUMNS + " FROM organization WHERE LOWER(code) = ?", code.toLowerCase(Locale.ROOT));
    }

    /** The parent of an organization, without reading the rest of it. */
    public Optional<Long> parentOf(long id) {
        return jdbc
                .sql("SELECT parent_id FROM organization WHERE id = ?")
                .param(id)
                .query((rs, row) -> {
                    long parent = rs.getLong("parent_id");
                    return rs.wasNull() ? null : parent;
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    public List<Organization> findByEmail(String email) {
        return jdbc.sql("SELECT " + prefixed("o") + " FROM organization o JOIN organization_email e"
                        + " ON e.organization_id = o.id WHERE e.email = ? ORDER BY o.id")
                .param(email)
                .query(this::map)
                .list();
    }

    /** The organization and all below it, breadth first; the tree is walked in Java to stay portable. */
    public List<Organization> subtree(long id) {
        List<Organization> result = new ArrayList<>();
        find(id).ifPresent(result::add);
        for (int i = 0; i < result.size(); i++) {
            result.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE parent_id = ? ORDER BY name")
                    .param(result.get(i).id())
                    .query(this::map)
                    .list());
        }
        return result;
    }

    public Organization insert(NewOrganization command) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organization (parent_id, name, code, kind, organ_id, head_name, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        command.parentId(),
                        command.name().trim(),
                        command.code().trim(),
                        command.kind().name(),
                        command.organId(),
                        command.headName(),
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertEmails(id, command.emails());
        return find(id).orElseThrow();
    }

    private void insertEmails(long id, List<String> addresses) {
        List<String> emails = addresses.stream()
                .map(e -> e.trim().toLowerCase(Locale.ROOT))
                .filter(e -> !e.isEmpty())
                .distinct()
                .toList();
        for (int i = 0; i < emails.size(); i++) {
            jdbc.sql("INSERT INTO organization_email (organization_id, email, sort_order) VALUES (?, ?, ?)")
                    .params(id, emails.get(i), i)
                    .update();
        }
    }

    public List<Organization> children(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE parent_id = ? ORDER BY name")
                .param(id)
                .query(this::map)
                .list();
    }

    public void update(long id, Long parentId, NewOrganization change) {
        jdbc.sql("UPDATE organization SET parent_id = ?, name = ?, code = ?, kind = ?, organ_id = ?, head_name = ?"
                        + " WHERE id = ?")
                .params(
                        parentId,
                        change.name().trim(),
                        change.code().trim(),
                        change.kind().name(),
                        change.organId(),
                        change.headName(),
                        id)
                .update();
        jdbc.sql("DELETE FROM organization_email WHERE organization_id = ?")
                .param(id)
                .update();
        insertEmails(id, change.emails());
    }

    public void changeHead(long id, String headName) {
        jdbc.sql("UPDATE organization SET head_name = ? WHERE id = ?")
                .params(headName, id)
                .update();
    }

    public boolean wantsStatusReports(long id) {
        return jdbc.sql("SELECT wants_status_reports FROM organization WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void setWantsStatusReports(long id, boolean wanted) {
        jdbc.sql("UPDATE organization SET wants_status_reports = ? WHERE id = ?")
                .params(wanted, id)
                .update();
    }

    private Optional<Organization> one(String sql, Object param) {
        var statement = jdbc.sql(sql);
        if (param != null) {
            statement = statement.param(param);
        }
        return statement.query(this::map).list().stream().findFirst();
    }

    private Organization map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        List<String> emails = jdbc.sql(
                        "SELECT email FROM organization_email WHERE organization_id = ? ORDER BY sort_order")
                .param(id)
                .query(String.class)
                .list();
        return new Organization(
                id,
                parentId,
                rs.getString("name"),
                rs.getString("code"),
                OrganizationKind.valueOf(rs.getString("kind")),
                emails,
                rs.getString("organ_id"),
                rs.getString("head_name"));
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }
}
