package vn.vanthu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.mailbox.internal.MailIntake;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.storage.StoredBlob;
import vn.vanthu.support.IntegrationTest;

/** Mail that is not an official document is recorded with its class for the receipt work, never registered. */
class ClassifiedIntakeTests extends IntegrationTest {

    @Autowired
    MailIntake intake;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource({
        "dsn-postfix.eml, BOUNCE",
        "dsn-exchange.eml, BOUNCE",
        "mdn-thunderbird.eml, READ_RECEIPT",
        "mdn-outlook-da-doc.eml, READ_RECEIPT",
        "vacation-vietnamese.eml, AUTO_REPLY",
        "vacation-english-outlook.eml, AUTO_REPLY",
        "reply-plus-token.eml, DELIVERY_REPLY",
        "mailing-list-newsletter.eml, AUTO_REPLY"
    })
    void recordsTheClassAndRegistersNothing(String file, String expectedClass) throws IOException {
        StoredBlob raw = blobs.put(Files.readAllBytes(Path.of("src/test/resources/mail", file)));
        assertThat(intake.takeStored(raw, "embedded")).isEqualTo("Processed");
        List<String> classes = jdbc.sql("SELECT message_class FROM inbound_message WHERE raw_sha256 = ?")
                .param(raw.sha256())
                .query(String.class)
                .list();
        assertThat(classes).containsOnly(expectedClass);
        Integer documents = jdbc.sql("SELECT COUNT(*) FROM document d JOIN inbound_message m"
                        + " ON m.id = d.inbound_message_id WHERE m.raw_sha256 = ?")
                .param(raw.sha256())
                .query(Integer.class)
                .single();
        assertThat(documents).isZero();
    }
}
