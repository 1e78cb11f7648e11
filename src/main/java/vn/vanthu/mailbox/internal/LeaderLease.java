package vn.vanthu.mailbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A lease in the database that one node at a time holds: taken when free or expired, renewed by its holder, given
 * up on shutdown. The row's update is atomic, so two nodes never both believe they hold it.
 */
@Repository
class LeaderLease {

    private final JdbcClient jdbc;
    private final Clock clock;

    LeaderLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes or renews the lease for this node; returns whether this node holds it now. */
    boolean acquire(String name, String node, Duration duration) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = now.plus(duration);
        jdbc.sql("INSERT INTO leader_lease (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(name, node, until)
                .update();
        return jdbc.sql("UPDATE leader_lease SET holder = ?, expires_at = ? WHERE name = ?"
                                + " AND (holder = ? OR expires_at < ?)")
                        .params(node, until, name, node, now)
                        .update()
                == 1;
    }

    /** Whether some node holds an unexpired lease. */
    boolean held(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM leader_lease WHERE name = ? AND expires_at >= ?")
                        .params(name, OffsetDateTime.now(clock))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Gives the lease up so that another node takes over at once. */
    void release(String name, String node) {
        jdbc.sql("UPDATE leader_lease SET expires_at = ? WHERE name = ? AND holder = ?")
                .params(OffsetDateTime.now(clock).minusSeconds(1), name, node)
                .update();
    }
}
