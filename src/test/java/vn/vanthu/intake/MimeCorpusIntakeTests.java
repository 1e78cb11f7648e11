package vn.vanthu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.mailbox.internal.MailIntake;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.storage.StoredBlob;
import vn.vanthu.support.IntegrationTest;

/**
 * Every public malformed-MIME test message gets a clear outcome from the intake (processed with a class, or
 * quarantined with a reason), never an exception, a hang or a loss. The corpus is read from {@code
 * ../shared/corpora/mime} when it exists; it is not part of the repository.
 */
class MimeCorpusIntakeTests extends IntegrationTest {

    static final Path CORPUS = Path.of("..", "shared", "corpora", "mime");

    @Autowired
    MailIntake intake;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    private static String messageId(Path message) throws IOException {
        try (var in = Files.newInputStream(message)) {
            String id = new jakarta.mail.internet.InternetHeaders(in).getHeader("Message-ID", null);
            return id == null
                    ? ""
                    : jakarta.mail.internet.MimeUtility.unfold(id).trim();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    @Test
    void givesEveryCorpusMessageAClearOutcome() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared MIME corpus is not on this machine");
        List<Path> messages;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            messages = files.filter(f -> f.toString().endsWith(".msg")).sorted().toList();
        }
        assertThat(messages).isNotEmpty();
        for (Path message : messages) {
            StoredBlob raw = blobs.put(Files.readAllBytes(message));
            String folder = assertTimeoutPreemptively(
                    Duration.ofSeconds(30), () -> intake.takeStored(raw, "embedded"), message.toString());
            assertThat(folder).as(message.toString()).isIn("Processed", "Failed");
            // A message with the Message-ID of an earlier one is that one's second arrival: same ledger row.
            String status = jdbc.sql("SELECT status FROM inbound_message WHERE raw_sha256 = ? OR message_id = ?"
                            + " ORDER BY id DESC")
                    .params(raw.sha256(), messageId(message))
                    .query(String.class)
                    .list()
                    .get(0);
            assertThat(status).as(message.toString()).isIn("PROCESSED", "QUARANTINED");
            if (status.equals("QUARANTINED")) {
                Integer reasons = jdbc.sql("SELECT COUNT(*) FROM quarantine q JOIN inbound_message m"
                                + " ON m.id = q.inbound_message_id WHERE m.raw_sha256 = ? OR m.message_id = ?")
                        .params(raw.sha256(), messageId(message))
                        .query(Integer.class)
                        .single();
                assertThat(reasons).as(message.toString()).isPositive();
            }
        }
    }
}
