package vn.vanthu.handling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.vanthu.handling.Assignee;
import vn.vanthu.handling.AssigneePart;
import vn.vanthu.handling.Assignment;
import vn.vanthu.handling.DeadlineSource;

/** The SQL behind assignments and their assignees. */
@Repository
public class AssignmentRows {

    private static final String SELECT = "SELECT * FROM assignment";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AssignmentRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the assignment of a document, replacing an earlier one (its progress stays). */
    public long save(
            long documentId,
            long organizationId,
            LocalDate deadline,
            DeadlineSource source,
            String directive,
            String actor,
            Long actorAccountId,
            List<Assignee> assignees) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Long> existing = jdbc.sql("SELECT id FROM assignment WHERE document_id = ? FOR UPDATE")
                .param(documentId)
                .query(Long.class)
                .optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("UPDATE assignment SET deadline = ?, deadline_source = ?, directive = ?, assigned_by = ?,"
                            + " assigned_by_account = ?, assigned_at = ?, completed_at = NULL, updated_at = ?"
                            + " WHERE id = ?")
                    .params(deadline, source.name(), directive, actor, actorAccountId, now, now, id)
                    .update();
            jdbc.sql("DELETE FROM assignee WHERE assignment_id = ?").param(id).update();
        } else {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO assignment (document_id, organization_id, deadline, deadline_source, directive,"
                            + " assigned_by, assigned_by_account, assigned_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            documentId,
                            organizationId,
                            deadline,
                            source.name(),
                            directive,
                            actor,
                            actorAccountId,
                            now,
                            now)
                    .update(keys, "id");
            id = keys.getKey().longValue();
        }
        for (Assignee a : assignees) {
            jdbc.sql("INSERT INTO assignee (assignment_id, part, organization_id, account_id, display_name)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(id, a.part().name(), a.organizationId(), a.accountId(), cut(a.name(), 300))
                    .update();
        }
        return id;
    }

    public void markStarted(long documentId, String note) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE assignment SET started_at = COALESCE(started_at, ?), completed_at = NULL,"
                        + " progress_note = COALESCE(?, progress_note), updated_at = ? WHERE document_id = ?")
                .params(now, cut(note, 2000), now, documentId)
                .update();
    }

    public void markCompleted(long documentId, String replyNumber, String replyNotation, String note) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE assignment SET completed_at = ?, started_at = COALESCE(started_at, ?),"
                        + " reply_code_number = ?, reply_code_notation = ?, progress_note = COALESCE(?, progress_note),"
                        + " updated_at = ? WHERE document_id = ?")
                .params(now, now, cut(replyNumber, 20), cut(replyNotation, 120), cut(note, 2000), now, documentId)
                .update();
    }

    public void reschedule(long documentId, LocalDate deadline) {
        jdbc.sql("UPDATE assignment SET deadline = ?, deadline_source = ?, updated_at = ? WHERE document_id = ?")
                .params(
                        deadline,
                        (deadline == null ? DeadlineSource.NONE : DeadlineSource.ASSIGNMENT).name(),
                        OffsetDateTime.now(clock),
                        documentId)
                .update();
    }

    public Optional<Assignment> byDocument(long documentId) {
        return many(SELECT + " WHERE document_id = ?", List.of(documentId)).stream()
                .findFirst();
    }

    public Map<Long, Assignment> byDocuments(Collection<Long> documentIds) {
        Map<Long, Assignment> found = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(documentIds);
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            for (Assignment a : many(SELECT + " WHERE document_id IN (" + marks(chunk.size()) + ")", chunk)) {
                found.put(a.documentId(), a);
            }
        }
        return found;
    }

    /** Assignments naming the account, or one of the organizations, as lead or co-operating. */
    public List<Assignment> naming(long accountId, Collection<Long> organizationIds, boolean openOnly) {
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        params.addAll(organizationIds);
        String orgs =
                organizationIds.isEmpty() ? "" : " OR e.organization_id IN (" + marks(organizationIds.size()) + ")";
        return many(
                SELECT + " WHERE id IN (SELECT e.assignment_id FROM assignee e WHERE e.account_id = ?" + orgs + ")"
                        + (openOnly ? " AND completed_at IS NULL" : "")
                        + " ORDER BY COALESCE(deadline, DATE '9999-12-31'), id DESC LIMIT 500",
                params);
    }

    /** Open assignments of an organization (or all, when {@code null}) with a deadline on or before a day. */
    public List<Assignment> openDueBy(Long organizationId, LocalDate until) {
        List<Object> params = new ArrayList<>(List.of(until));
        if (organizationId != null) {
            params.add(organizationId);
        }
        return many(
                SELECT + " WHERE completed_at IS NULL AND deadline IS NOT NULL AND deadline <= ?"
                        + (organizationId == null ? "" : " AND organization_id = ?")
                        + " ORDER BY deadline, id LIMIT 5000",
                params);
    }

    /** Assignments made since an instant that name the account or one of the organizations. */
    public List<Assignment> assignedSince(long accountId, Collection<Long> organizationIds, OffsetDateTime since) {
        return naming(accountId, organizationIds, true).stream()
                .filter(a -> a.assignedAt().isAfter(since))
                .toList();
    }

    private List<Assignment> many(String sql, List<?> params) {
        List<Assignment> rows = jdbc.sql(sql).params(params).query(this::map).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Assignee>> assignees =
                assignees(rows.stream().map(Assignment::id).toList());
        List<Assignment> result = new ArrayList<>();
        for (Assignment a : rows) {
            result.add(new Assignment(
                    a.id(),
                    a.documentId(),
                    a.organizationId(),
                    a.deadline(),
                    a.deadlineSource(),
                    a.directive(),
                    a.assignedBy(),
                    a.assignedAt(),
                    assignees.getOrDefault(a.id(), List.of()),
                    a.progressNote(),
                    a.replyCodeNumber(),
                    a.replyCodeNotation(),
                    a.startedAt(),
                    a.completedAt()));
        }
        return result;
    }

    private Map<Long, List<Assignee>> assignees(List<Long> assignmentIds) {
        Map<Long, List<Assignee>> byAssignment = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM assignee WHERE assignment_id IN (" + marks(assignmentIds.size()) + ")"
                        + " ORDER BY assignment_id, CASE part WHEN 'LEAD' THEN 0 ELSE 1 END, id")
                .params(assignmentIds)
                .query((rs, row) -> {
                    long organization = rs.getLong("organization_id");
                    Long organizationId = rs.wasNull() ? null : organization;
                    long account = rs.getLong("account_id");
                    Long accountId = rs.wasNull() ? null : account;
                    byAssignment
                            .computeIfAbsent(rs.getLong("assignment_id"), k -> new ArrayList<>())
                            .add(new Assignee(
                                    AssigneePart.valueOf(rs.getString("part")),
                                    organizationId,
                                    accountId,
                                    rs.getString("display_name")));
                    return null;
                })
                .list();
        return byAssignment;
    }

    private Assignment map(ResultSet rs, int row) throws SQLException {
        return new Assignment(
                rs.getLong("id"),
                rs.getLong("document_id"),
                rs.getLong("organization_id"),
                rs.getObject("deadline", LocalDate.class),
                DeadlineSource.valueOf(rs.getString("deadline_source")),
                rs.getString("directive"),
                rs.getString("assigned_by"),
                vietnam(rs.getObject("assigned_at", OffsetDateTime.class)),
                List.of(),
                rs.getString("progress_note"),
                rs.getString("reply_code_number"),
                rs.getString("reply_code_notation"),
                vietnam(rs.getObject("started_at", OffsetDateTime.class)),
                vietnam(rs.getObject("completed_at", OffsetDateTime.class)));
    }

    /** PostgreSQL answers in UTC: pages and mail show Vietnam time. */
    private static OffsetDateTime vietnam(OffsetDateTime at) {
        return at == null
                ? null
                : at.atZoneSameInstant(vn.vanthu.VanThuApplication.ZONE).toOffsetDateTime();
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
