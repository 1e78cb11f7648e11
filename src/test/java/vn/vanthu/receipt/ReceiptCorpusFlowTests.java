package vn.vanthu.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.distribution.Circulars;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.distribution.DeliveryStatus;
import vn.vanthu.distribution.IssuedCircular;
import vn.vanthu.distribution.MetadataOverrides;
import vn.vanthu.distribution.NewCircular;
import vn.vanthu.distribution.UploadedFile;
import vn.vanthu.mailbox.internal.MailIntake;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.LetterPdf;

/**
 * Every message of the receipt corpus (the shapes Gmail, Outlook, Thunderbird, Apple Mail, Yahoo, Postfix and
 * Exchange produce) taken in through the intake against a real delivery, with the outcome {@code expected.csv}
 * names: confirmed (and how), refused, bounced, ignored, suspicious, or waiting unmatched.
 */
class ReceiptCorpusFlowTests extends IntegrationTest {

    static final Path CORPUS = Path.of("src/test/resources/receipts");

    @Autowired
    Circulars circulars;

    @Autowired
    DeliveryBook deliveries;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    MailIntake intake;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    record Expectation(String file, String messageClass, String outcome, String via) {

        @Override
        public String toString() {
            return file + " → " + outcome;
        }
    }

    static Stream<Expectation> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.csv"), StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(",", 5))
                .map(cells -> new Expectation(cells[0], cells[1], cells[2], cells[3]));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void takesEachCorpusMessageToItsExpectedOutcome(Expectation expected) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String unitAddress = "thcs." + tag + "@sonla.edu.vn";
        Organization office = organizations.create(new NewOrganization(
                organizations.root().id(),
                "Phòng GD&ĐT " + tag,
                "PGD" + tag.toUpperCase(),
                OrganizationKind.OFFICE,
                List.of("vanthu@pgd" + tag + ".vn"),
                null,
                null));
        Organization unit = organizations.create(new NewOrganization(
                office.id(),
                "Trường THCS " + tag,
                "THCS" + tag.toUpperCase(),
                OrganizationKind.SCHOOL,
                List.of(unitAddress),
                null,
                "Lò Văn Hải"));
        IssuedCircular issued = circulars.issue(new NewCircular(
                office.id(),
                "vanthu",
                new UploadedFile(
                        "cv.pdf",
                        "application/pdf",
                        LetterPdf.letter().number("", office.code()).toBytes()),
                MetadataOverrides.none(),
                null,
                List.of(unit.id())));
        Delivery delivery = issued.deliveries().get(0);
        String number = issued.document().codeNumber() + "/" + issued.document().codeNotation();

        byte[] raw = substitute(Files.readAllBytes(CORPUS.resolve(expected.file())), delivery, unitAddress, number);
        var blob = blobs.put(raw);
        assertThat(intake.takeStored(blob, "embedded")).isEqualTo("Processed");
        long inbound = jdbc.sql("SELECT id FROM inbound_message WHERE raw_sha256 = ? ORDER BY id DESC")
                .param(blob.sha256())
                .query(Long.class)
                .list()
                .get(0);
        assertThat(jdbc.sql("SELECT message_class FROM inbound_message WHERE id = ?")
                        .param(inbound)
                        .query(String.class)
                        .single())
                .as("class of %s", expected.file())
                .isEqualTo(expected.messageClass());
        await().atMost(Duration.ofSeconds(20)).until(() -> listenersDone());

        Delivery after = deliveries.find(delivery.id()).orElseThrow();
        List<String> outcomes = jdbc.sql("SELECT outcome FROM receipt_event WHERE inbound_message_id = ?")
                .param(inbound)
                .query(String.class)
                .list();
        switch (expected.outcome()) {
            case "CONFIRMED" -> {
                assertThat(after.status()).isEqualTo(DeliveryStatus.CONFIRMED);
                assertThat(after.confirmedVia().name()).isEqualTo(expected.via());
            }
            case "REFUSED" -> assertThat(after.status()).isEqualTo(DeliveryStatus.REFUSED);
            case "BOUNCED" -> {
                assertThat(after.status()).isEqualTo(DeliveryStatus.BOUNCED);
                assertThat(after.detail()).isNotBlank();
            }
            case "SUSPICIOUS" -> {
                assertThat(after.confirmedAt()).isNull();
                assertThat(outcomes).containsExactly("SUSPICIOUS");
            }
            case "UNMATCHED" -> {
                assertThat(after.confirmedAt()).isNull();
                assertThat(outcomes).isIn(List.of("UNMATCHED"), List.of());
            }
            default -> {
                assertThat(after.confirmedAt()).isNull();
                assertThat(after.status()).isIn(DeliveryStatus.PENDING, DeliveryStatus.SENT);
            }
        }
    }

    private boolean listenersDone() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                        .query(Integer.class)
                        .single()
                == 0;
    }

    private static byte[] substitute(byte[] file, Delivery delivery, String unitAddress, String number) {
        String latin1 = new String(file, StandardCharsets.ISO_8859_1);
        String utf8Number = new String(number.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return latin1.replace("{{MESSAGE_ID}}", delivery.messageId())
                .replace("{{TOKEN}}", delivery.token())
                .replace("{{GATEWAY}}", "localhost")
                .replace("{{UNIT_ADDRESS}}", unitAddress)
                .replace("{{OTHER_ADDRESS}}", "hoangnam.1987@gmail.com")
                .replace("{{DOC_NUMBER}}", utf8Number)
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
