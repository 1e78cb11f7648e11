package vn.vanthu.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
        OffsetDateTime now = OffsetDateTime.now(clock);
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
                        now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        openHolder(id, command.username().toLowerCase(Locale.ROOT), command.fullName(), now);
        return find(id).orElseThrow();
    }

    public Optional<Account> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** Reads and locks an account row until the transaction ends, so changes to it are serialised. */
    public Optional<Account> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ? FOR UPDATE")
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

    public List<Account> inOrganizations(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", organizationIds.stream().map(i -> "?").toList());
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE organization_id IN (" + marks + ")"
                        + " ORDER BY organization_id, role, username")
                .params(new ArrayList<>(organizationIds))
                .query(this::map)
                .list();
    }

    /** The stored hash of an account's password, for the login check. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .query(String.class)
                .optional();
    }

    /** Whether a login name is used by an account now or was used by a holder before (never reused). */
    public boolean usernameTaken(String username) {
        String name = username.toLowerCase(Locale.ROOT);
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?")
                                .param(name)
                                .query(Long.class)
                                .single()
                        + jdbc.sql("SELECT COUNT(*) FROM account_holder WHERE username = ?")
                                .param(name)
                                .query(Long.class)
                                .single()
                > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    public void updatePassword(long id, String hash, boolean temporary) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE account SET password_hash = ?, password_temporary = ?, password_changed_at = ?,"
                        + " failed_logins = 0, locked_until = NULL WHERE id = ?")
                .params(hash, temporary, now, id)
                .update();
    }

    public void updateProfile(long id, String fullName, String phone, String email) {
        jdbc.sql("UPDATE account SET full_name = ?, phone = ?, email = ? WHERE id = ?")
                .params(fullName, phone, email, id)
                .update();
        jdbc.sql("UPDATE account_holder SET full_name = ? WHERE account_id = ? AND ended_at IS NULL")
                .params(fullName, id)
                .update();
    }

    /** Gives the account to a new holder: new name and login, the old holder's row closed. */
    public void changeHolder(long id, String username, String fullName) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE account_holder SET ended_at = ? WHERE account_id = ? AND ended_at IS NULL")
                .params(now, id)
                .update();
        jdbc.sql("UPDATE account SET username = ?, full_name = ?, email = NULL, phone = NULL WHERE id = ?")
                .params(username, fullName, id)
                .update();
        openHolder(id, username, fullName, now);
    }

    public List<String> holders(long id) {
        return jdbc.sql("SELECT full_name FROM account_holder WHERE account_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    private void openHolder(long id, String username, String fullName, OffsetDateTime now) {
        jdbc.sql("INSERT INTO account_holder (account_id, username, full_name, started_at) VALUES (?, ?, ?, ?)")
                .params(id, username, fullName, now)
                .update();
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
