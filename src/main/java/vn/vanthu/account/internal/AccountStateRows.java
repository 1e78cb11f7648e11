package vn.vanthu.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the security state of accounts: failed logins, locks, delegation, session cut-off. */
@Repository
public class AccountStateRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AccountStateRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts a wrong password; at {@code maxFailures} in a row the account is locked and true is returned. */
    public boolean recordFailure(String username, int maxFailures, Duration lockFor) {
        String name = username.toLowerCase(Locale.ROOT);
        jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1 WHERE username = ?")
                .param(name)
                .update();
        Integer failures = jdbc.sql("SELECT failed_logins FROM account WHERE username = ?")
                .param(name)
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (failures < maxFailures) {
            return false;
        }
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = ? WHERE username = ?")
                .params(OffsetDateTime.now(clock).plus(lockFor), name)
                .update();
        return true;
    }

    public void clearFailures(String username) {
        jdbc.sql("UPDATE account SET failed_logins = 0 WHERE username = ? AND failed_logins > 0")
                .param(username.toLowerCase(Locale.ROOT))
                .update();
    }

    public Optional<OffsetDateTime> lockedUntil(long id) {
        return jdbc.sql("SELECT locked_until FROM account WHERE id = ?")
                .param(id)
                .query((rs, row) -> rs.getObject("locked_until", OffsetDateTime.class))
                .optional()
                .filter(until -> until != null && until.isAfter(OffsetDateTime.now(clock)));
    }

    public void unlock(long id) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    /** Ends every session of the account opened before now. */
    public void endSessions(long id) {
        jdbc.sql("UPDATE account SET sessions_valid_after = ? WHERE id = ?")
                .params(OffsetDateTime.now(clock), id)
                .update();
    }

    public Optional<OffsetDateTime> sessionsValidAfter(long id) {
        return jdbc.sql("SELECT sessions_valid_after FROM account WHERE id = ?")
                .param(id)
                .query((rs, row) -> rs.getObject("sessions_valid_after", OffsetDateTime.class))
                .optional()
                .filter(t -> t != null);
    }

    public void makeDelegate(long delegateId, long unitAccountId) {
        jdbc.sql("UPDATE account SET delegate_for = ? WHERE id = ?")
                .params(unitAccountId, delegateId)
                .update();
    }

    /** The id of the unit account a delegate acts for, while the delegation stands. */
    public Optional<Long> delegateFor(long delegateId) {
        return jdbc.sql(
                        "SELECT delegate_for FROM account WHERE id = ? AND revoked_at IS NULL AND delegate_for IS NOT NULL")
                .param(delegateId)
                .query(Long.class)
                .optional();
    }

    /** The id of a unit account's standing delegate. */
    public Optional<Long> activeDelegate(long unitAccountId) {
        return jdbc
                .sql("SELECT id FROM account WHERE delegate_for = ? AND revoked_at IS NULL ORDER BY id")
                .param(unitAccountId)
                .query(Long.class)
                .list()
                .stream()
                .findFirst();
    }

    /** Ends a delegation: the delegate's account is disabled and its sessions end; the row stays as history. */
    public void revoke(long delegateId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE account SET revoked_at = ?, enabled = FALSE, sessions_valid_after = ? WHERE id = ?")
                .params(now, now, delegateId)
                .update();
    }
}
