package vn.vanthu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.ImapProbe;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.TestMail;

/** A new installation takes letters from its mailbox into the incoming register, in order, and says so. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class IntakeFlowTests extends IntegrationTest {

    static final String SENDER = "vanphong@sogd.sonla.edu.vn";

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    DocumentRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BlobStore blobs;

    @Value("${vanthu.mail.embedded-smtp-port}")
    int smtp;

    @Value("${vanthu.mail.embedded-imap-port}")
    int imap;

    @Test
    void registersLettersUnderNumbersOneAndTwoStoresThemAndAcknowledgesTheSender() throws Exception {
        organizations.create(new NewOrganization(
                null,
                "Sở Giáo dục và Đào tạo tỉnh Sơn La",
                "SGDDT-SL",
                OrganizationKind.EXTERNAL,
                List.of(SENDER),
                null,
                null));
        long root = organizations.root().id();

        String first = sendLetter("101", "Công văn 101 về cập nhật dữ liệu");
        awaitRegistered(root, 1);
        String second = sendLetter("102", "Công văn 102 về tập huấn");
        awaitRegistered(root, 2);

        List<DocumentSummary> incoming = registry.list(root, Direction.INCOMING);
        assertThat(incoming)
                .extracting(DocumentSummary::codeNumber, DocumentSummary::registerNumber, DocumentSummary::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("101", 1, DocumentStatus.REGISTERED),
                        org.assertj.core.groups.Tuple.tuple("102", 2, DocumentStatus.REGISTERED));

        List<String> raws = jdbc.sql("SELECT raw_sha256 FROM inbound_message")
                .query(String.class)
                .list();
        assertThat(raws)
                .hasSize(2)
                .allSatisfy(sha -> assertThat(blobs.contains(sha)).isTrue());

        ImapProbe probe = new ImapProbe(imap);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(probe.count("vanthu@localhost", "vanthu", "Processed"))
                        .isEqualTo(2));
        assertThat(probe.count("vanthu@localhost", "vanthu", "INBOX")).isZero();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(probe.count(SENDER, SENDER, "INBOX")).isEqualTo(2));
        List<MimeMessage> acknowledgements = probe.messages(SENDER, SENDER, "INBOX");
        MimeMessage ackOfFirst = acknowledgements.stream()
                .filter(m -> first.equals(header(m, "In-Reply-To")))
                .findFirst()
                .orElseThrow();
        assertThat(ackOfFirst.getSubject()).contains("101", "số đến 1");
        assertThat(header(ackOfFirst, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(header(ackOfFirst, "X-VanThu-Status")).isEqualTo("03");
        assertThat(header(ackOfFirst, "References")).contains(first);
        assertThat(ImapProbe.text(ackOfFirst)).contains("Số đến: 1");
        assertThat(acknowledgements)
                .anySatisfy(m -> assertThat(header(m, "In-Reply-To")).isEqualTo(second));

        // Plain letters that are not urgent give the receipt desk and the urgent notices nothing to do: the
        // listeners' conditions keep even their event publications from being stored.
        List<String> listeners = jdbc.sql("SELECT listener_id FROM event_publication")
                .query(String.class)
                .list();
        assertThat(listeners)
                .anyMatch(id -> id.contains("AcknowledgementSender"))
                .noneMatch(id -> id.contains("ReceiptDesk") || id.contains("UrgentNotices"));
    }

    private String sendLetter(String number, String subject) {
        byte[] pdf = LetterPdf.letter().number(number, "SGDĐT-VP").toBytes();
        return TestMail.to(smtp, SENDER, "vanthu@localhost", subject)
                .attach("cong-van-" + number + ".pdf", "application/pdf", pdf)
                .send();
    }

    private void awaitRegistered(long organizationId, int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> registry.list(organizationId, Direction.INCOMING).stream()
                                .filter(d -> d.status() == DocumentStatus.REGISTERED)
                                .count()
                        == count);
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
