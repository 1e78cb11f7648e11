package vn.vanthu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.support.ImapProbe;
import vn.vanthu.support.Inbound;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.RawMail;
import vn.vanthu.support.TestMail;

/** Hostile and broken input: each message gets a clear outcome, nothing crashes, the next message is taken. */
class HostileInputTests extends IntegrationTest {

    static final String SENDER = "vanthu@ubnd-phuong.example.vn";

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.vanthu.mailbox.internal.EmbeddedMailServer server;

    @Value("${vanthu.mail.embedded-smtp-port}")
    int smtp;

    @Value("${vanthu.mail.embedded-imap-port}")
    int imap;

    Inbound inbound;

    @BeforeEach
    void knownSender() {
        inbound = new Inbound(jdbc);
        if (organizations.findByEmail(SENDER).isEmpty()) {
            organizations.create(new NewOrganization(
                    null, "UBND Phường Tô Hiệu", "UBND-TH", OrganizationKind.OFFICE, List.of(SENDER), null, null));
        }
    }

    @Test
    void holdsAZeroByteAttachmentForTheClerk() {
        Inbound.Row row = deliver("rỗng", mail -> mail.attachment("cong-van.pdf", "application/pdf", new byte[0]));
        assertThat(row.status()).isEqualTo("PROCESSED");
        assertThat(inbound.documents(row.id()))
                .singleElement()
                .asString()
                .startsWith("PENDING")
                .contains("Không đọc được tệp");
    }

    @Test
    void quarantinesA60MegabyteAttachmentWithoutReadingIt() throws Exception {
        byte[] big = new byte[60 * 1024 * 1024];
        new Random(7).nextBytes(big);
        String tag = tag();
        byte[] raw = RawMail.from(SENDER, "vanthu@localhost", "quá lớn " + tag)
                .text("Kính gửi Văn phòng.")
                .attachment("ban-scan.pdf", "application/pdf", big)
                .toBytes();
        big = null;
        // Straight into the mailbox: GreenMail's SMTP side holds a message several times over in memory, which
        // measures the test server, not the gateway's intake.
        server.getUserManager()
                .getUserByEmail("vanthu@localhost")
                .deliver(new jakarta.mail.internet.MimeMessage(
                        jakarta.mail.Session.getInstance(new java.util.Properties()),
                        new java.io.ByteArrayInputStream(raw)));
        raw = null;
        Inbound.Row row = awaitOutcome(tag);
        assertThat(row.status()).isEqualTo("QUARANTINED");
        assertThat(inbound.quarantineReasons(row.id()))
                .singleElement()
                .asString()
                .startsWith("TOO_LARGE: Thư quá lớn");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> new ImapProbe(imap).count("vanthu@localhost", "vanthu", "Failed") > 0);
    }

    @Test
    void holdsADocxWithAZipBombForTheClerk() throws IOException {
        byte[] bomb = zipBomb();
        Inbound.Row row = deliver(
                "bom nén",
                mail -> mail.attachment(
                        "cong-van.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        bomb));
        assertThat(row.status()).isEqualTo("PROCESSED");
        assertThat(inbound.documents(row.id()))
                .singleElement()
                .asString()
                .startsWith("PENDING")
                .contains("Không đọc được tệp");
    }

    @Test
    void holdsAPdfWithoutTextForTheClerk() {
        byte[] blank = LetterPdf.blankPage();
        Inbound.Row row = deliver("không chữ", mail -> mail.attachment("scan.pdf", "application/pdf", blank));
        assertThat(row.status()).isEqualTo("PROCESSED");
        assertThat(inbound.documents(row.id())).singleElement().asString().startsWith("PENDING");
    }

    @Test
    void readsALetterWhoseClosingBoundaryIsMissing() {
        String tag = tag();
        byte[] raw = RawMail.from(SENDER, "vanthu@localhost", "Thiếu biên " + tag)
                .text("Kính gửi Văn phòng.")
                .attachment(
                        "cv-501.pdf",
                        "application/pdf",
                        LetterPdf.letter().number("501", "UBND").toBytes())
                .withoutClosingBoundary();
        Inbound.Row row = deliverRaw(tag, raw);
        assertThat(row.status()).isEqualTo("PROCESSED");
        assertThat(inbound.documents(row.id())).singleElement().asString().startsWith("REGISTERED");
    }

    @Test
    void dedupesAMessageWithA2000CharacterMessageIdByItsBytes() {
        String tag = tag();
        byte[] raw = RawMail.from(SENDER, "vanthu@localhost", "Mã dài " + tag)
                .header("Message-ID", "<" + "x".repeat(2000) + "@example.vn>")
                .attachment(
                        "cv-502.pdf",
                        "application/pdf",
                        LetterPdf.letter().number("502", "UBND").toBytes())
                .toBytes();
        Inbound.Row row = deliverRaw(tag, raw);
        assertThat(row.dedupeKey()).startsWith("sha256:");
        assertThat(inbound.documents(row.id())).singleElement().asString().startsWith("REGISTERED");
    }

    @Test
    void keepsAFileNameWithDotDotSlashInsideTheStore() {
        Inbound.Row row = deliver(
                "đường dẫn",
                mail -> mail.attachment(
                        "../../../etc/cv-503.pdf",
                        "application/pdf",
                        LetterPdf.letter().number("503", "UBND").toBytes()));
        List<String> names = jdbc.sql("SELECT f.file_name FROM document_file f JOIN document d ON d.id = f.document_id"
                        + " WHERE d.inbound_message_id = ? AND f.role <> 'MAIL'")
                .param(row.id())
                .query(String.class)
                .list();
        assertThat(names).singleElement().satisfies(name -> {
            assertThat(name).doesNotContain("/", "\\", "..");
            assertThat(name).endsWith("cv-503.pdf");
        });
    }

    private Inbound.Row deliver(String subject, java.util.function.UnaryOperator<RawMail> parts) {
        String tag = tag();
        RawMail mail =
                RawMail.from(SENDER, "vanthu@localhost", subject + " " + tag).text("Kính gửi Văn phòng.");
        return deliverRaw(tag, parts.apply(mail).toBytes());
    }

    private Inbound.Row deliverRaw(String tag, byte[] raw) {
        TestMail.sendRaw(smtp, SENDER, "vanthu@localhost", raw);
        return awaitOutcome(tag);
    }

    private Inbound.Row awaitOutcome(String tag) {
        await().atMost(Duration.ofSeconds(90))
                .until(() -> inbound.withSubject(tag).stream()
                        .anyMatch(r -> !r.status().equals("RECEIVED")));
        return inbound.withSubject(tag).get(0);
    }

    private static String tag() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A DOCX whose document part inflates from a few kilobytes to a gigabyte of spaces. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 1024; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
