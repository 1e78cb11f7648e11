package vn.vanthu.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.vanthu.account.Account;
import vn.vanthu.account.NewAccount;
import vn.vanthu.account.Role;

/** The SQL behind accounts. */
@Repository
public class AccountRows {

    private static final String COLUMNS =
            "id, username, full_name, email, phone, organization_id, role, password_temporary, enabled";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AccountRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Account insert(NewAccount command, String passwordHash) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (username, password_hash, full_name, email, organization_id, role,"
                        + " password_temporary, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)")
                .params(
                        command.username().toLowerCase(Locale.ROOT),
                        passwordHash,
                        command.fullName(),
                        command.email(),
                        command.organizationId(),
                        command.role().name(),
                        command.passwordTemporary(),
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    public Optional<Account> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .query(this::map)
                .optional();
    }

    /** The stored hash of an account's password, for the login check. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .query(String.class)
                .optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getLong("organization_id"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("password_temporary"),
                rs.getBoolean("enabled"));
    }
}
