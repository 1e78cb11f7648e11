package vn.vanthu.mailbox.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the quarantine: what could not be taken, and why. */
@Repository
class QuarantineRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    QuarantineRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(Long inboundMessageId, String mailbox, String rawSha256, String reason, String detail) {
        jdbc.sql("INSERT INTO quarantine (inbound_message_id, mailbox, raw_sha256, reason, detail, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        inboundMessageId,
                        mailbox,
                        rawSha256,
                        InboundLedger.cut(reason, 40),
                        InboundLedger.cut(detail == null ? reason : detail, 2000),
                        OffsetDateTime.now(clock))
                .update();
    }
}
