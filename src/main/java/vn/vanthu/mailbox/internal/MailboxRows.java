package vn.vanthu.mailbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.vanthu.mailbox.MailboxSettings;

/** The mailboxes added from the web, with their passwords sealed. */
@Repository
class MailboxRows {

    private final JdbcClient jdbc;
    private final SealedSecrets secrets;
    private final Clock clock;

    MailboxRows(JdbcClient jdbc, SealedSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    List<MailboxSettings> all() {
        return jdbc.sql("SELECT id, protocol, host, port, username, sealed_password, folders, processed_folder,"
                        + " failed_folder, poll_seconds, organization FROM mailbox_account ORDER BY added_at, id")
                .query((rs, row) -> new MailboxSettings(
                        rs.getString("id"),
                        rs.getString("protocol"),
                        rs.getString("host"),
                        rs.getInt("port"),
                        rs.getString("username"),
                        secrets.open(rs.getString("sealed_password")),
                        Arrays.asList(rs.getString("folders").split(",")),
                        rs.getString("processed_folder"),
                        rs.getString("failed_folder"),
                        Duration.ofSeconds(rs.getInt("poll_seconds")),
                        rs.getString("organization"),
                        null))
                .list();
    }

    void insert(MailboxSettings mailbox, String addedBy) {
        jdbc.sql("INSERT INTO mailbox_account (id, protocol, host, port, username, sealed_password, folders,"
                        + " processed_folder, failed_folder, poll_seconds, organization, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        mailbox.id(),
                        mailbox.protocol(),
                        mailbox.host(),
                        mailbox.port(),
                        mailbox.username(),
                        secrets.seal(mailbox.password()),
                        String.join(",", mailbox.folders()),
                        mailbox.processedFolder(),
                        mailbox.failedFolder(),
                        (int) Math.max(1, mailbox.pollInterval().toSeconds()),
                        mailbox.organization(),
                        addedBy,
                        OffsetDateTime.now(clock))
                .update();
    }
}
