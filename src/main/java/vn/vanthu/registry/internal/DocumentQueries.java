package vn.vanthu.registry.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentQuery;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.Register;
import vn.vanthu.registry.RegisterEntry;

/** The read-only SQL behind lists, search and registers. */
@Repository
public class DocumentQueries {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final DocumentMapper mapper;

    public DocumentQueries(JdbcClient jdbc, DocumentMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public List<DocumentSummary> search(DocumentQuery q) {
        StringBuilder sql =
                new StringBuilder(DocumentMapper.SELECT_SUMMARY + " d WHERE organization_id = ? AND direction = ?");
        List<Object> params =
                new ArrayList<>(List.of(q.organizationId(), q.direction().name()));
        if (q.text() != null) {
            String like = like(q.text());
            String folded = like(Text.fold(q.text()));
            // Case-insensitive LIKE over the register fields and the stored text, and the same without diacritics
            // over their folded copies: portable to H2 and PostgreSQL.
            sql.append(" AND (LOWER(CONCAT(code_number, '/', code_notation)) LIKE ? OR LOWER(subject) LIKE ?"
                    + " OR LOWER(issuer) LIKE ? OR LOWER(document_type) LIKE ? OR search_key LIKE ?"
                    + " OR EXISTS (SELECT 1 FROM document_text t WHERE t.document_id = d.id"
                    + " AND (LOWER(t.body) LIKE ? OR t.folded LIKE ?)))");
            params.addAll(List.of(like, like, like, like, folded, like, folded));
        }
        if (q.number() != null) {
            sql.append(" AND (CAST(register_number AS VARCHAR(20)) = ? OR code_number = ?)");
            params.addAll(List.of(q.number(), q.number()));
        }
        if (q.issuer() != null) {
            sql.append(" AND LOWER(issuer) LIKE ?");
            params.add(like(q.issuer()));
        }
        if (q.from() != null) {
            sql.append(" AND COALESCE(registered_at, created_at) >= ?");
            params.add(q.from().atStartOfDay(VIETNAM).toOffsetDateTime());
        }
        if (q.to() != null) {
            sql.append(" AND COALESCE(registered_at, created_at) < ?");
            params.add(q.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
        }
        if (q.status() != null) {
            sql.append(" AND status = ?");
            params.add(q.status().name());
        }
        sql.append(" ORDER BY COALESCE(registered_at, created_at) DESC, id DESC LIMIT ")
                .append(q.limit());
        return jdbc.sql(sql.toString()).params(params).query(mapper::summary).list();
    }

    public List<DocumentSummary> pending(long organizationId) {
        return jdbc.sql(DocumentMapper.SELECT_SUMMARY
                        + " WHERE organization_id = ? AND direction = 'INCOMING' AND status = 'PENDING' ORDER BY id")
                .param(organizationId)
                .query(mapper::summary)
                .list();
    }

    public int countPending(long organizationId) {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE organization_id = ? AND direction = 'INCOMING'"
                        + " AND status = 'PENDING'")
                .param(organizationId)
                .query(Integer.class)
                .single();
    }

    public List<Register> registers(long organizationId) {
        return jdbc.sql("SELECT id, organization_id, direction, code, name FROM register WHERE organization_id = ?"
                        + " ORDER BY direction, code")
                .param(organizationId)
                .query((rs, row) -> new Register(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        Direction.valueOf(rs.getString("direction")),
                        rs.getString("code"),
                        rs.getString("name")))
                .list();
    }

    public Optional<Register> register(long id) {
        return jdbc.sql("SELECT id, organization_id, direction, code, name FROM register WHERE id = ?")
                .param(id)
                .query((rs, row) -> new Register(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        Direction.valueOf(rs.getString("direction")),
                        rs.getString("code"),
                        rs.getString("name")))
                .optional();
    }

    public List<Integer> years(long registerId) {
        return jdbc.sql("SELECT DISTINCT register_year FROM document WHERE register_id = ? ORDER BY register_year DESC")
                .param(registerId)
                .query(Integer.class)
                .list();
    }

    public List<RegisterEntry> entries(long registerId, int year) {
        return jdbc.sql("SELECT * FROM document WHERE register_id = ? AND register_year = ? ORDER BY register_number")
                .params(registerId, year)
                .query((rs, row) -> new RegisterEntry(mapper.summary(rs, row), mapper.metadata(rs)))
                .list();
    }

    public List<DocumentSummary> summaries(java.util.Collection<Long> ids) {
        List<DocumentSummary> found = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            found.addAll(jdbc.sql(DocumentMapper.SELECT_SUMMARY + " WHERE id IN (" + marks + ")")
                    .params(new ArrayList<Object>(chunk))
                    .query(mapper::summary)
                    .list());
        }
        return found;
    }

    public List<RegisterEntry> dueBy(Long organizationId, java.time.LocalDate until) {
        String sql = "SELECT * FROM document WHERE direction = 'INCOMING' AND due_date IS NOT NULL AND due_date <= ?"
                + " AND status IN ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS')"
                + (organizationId == null ? "" : " AND organization_id = ?")
                + " ORDER BY due_date, id LIMIT 5000";
        var statement = jdbc.sql(sql).param(until);
        if (organizationId != null) {
            statement = statement.param(organizationId);
        }
        return statement
                .query((rs, row) -> new RegisterEntry(mapper.summary(rs, row), mapper.metadata(rs)))
                .list();
    }

    private static String like(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
