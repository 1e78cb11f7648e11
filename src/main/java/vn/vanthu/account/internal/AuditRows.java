package vn.vanthu.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.vanthu.account.AuditEntry;

/** The SQL behind the audit log. */
@Repository
public class AuditRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(String actor, Long accountId, String action, String detail, String remoteAddress) {
        jdbc.sql("INSERT INTO audit_log (happened_at, actor, account_id, action, detail, remote_address)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        OffsetDateTime.now(clock),
                        cut(actor == null ? "?" : actor, 300),
                        accountId,
                        action,
                        cut(detail, 2000),
                        cut(remoteAddress, 100))
                .update();
    }

    public List<AuditEntry> recent(Long accountId, String action, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT happened_at, actor, account_id, action, detail, remote_address FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (accountId != null) {
            sql.append(" AND account_id = ?");
            params.add(accountId);
        }
        if (action != null && !action.isBlank()) {
            sql.append(" AND action = ?");
            params.add(action);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> {
                    long id = rs.getLong("account_id");
                    Long accountOf = rs.wasNull() ? null : id;
                    return new AuditEntry(
                            rs.getObject("happened_at", OffsetDateTime.class),
                            rs.getString("actor"),
                            accountOf,
                            rs.getString("action"),
                            rs.getString("detail"),
                            rs.getString("remote_address"));
                })
                .list();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
