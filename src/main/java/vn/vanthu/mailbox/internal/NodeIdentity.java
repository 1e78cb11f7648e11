package vn.vanthu.mailbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This node's name among several, and its heartbeat in the database: work claimed by a node whose heartbeat
 * stopped (a crash, a kill) is given back to the others.
 */
@Component
class NodeIdentity {

    /** A node silent for longer than this is taken for dead. */
    static final Duration SILENCE = Duration.ofSeconds(30);

    private final String name = "node-" + UUID.randomUUID();
    private final JdbcClient jdbc;
    private final Clock clock;

    NodeIdentity(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String name() {
        return name;
    }

    void beat() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (jdbc.sql("UPDATE node_heartbeat SET beat_at = ? WHERE node = ?")
                        .params(now, name)
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO node_heartbeat (node, beat_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(name, now)
                    .update();
        }
    }

    /** The time before which a heartbeat means the node is gone. */
    OffsetDateTime silentSince() {
        return OffsetDateTime.now(clock).minus(SILENCE);
    }
}
