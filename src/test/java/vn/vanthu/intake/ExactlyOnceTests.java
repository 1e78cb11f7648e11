package vn.vanthu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.support.ImapProbe;
import vn.vanthu.support.Inbound;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.TestMail;

/** Every letter is registered once: sent twice, re-polled after a crash, polled by two routes at once. */
class ExactlyOnceTests extends IntegrationTest {

    static final String SENDER = "vanthu.phong@phonggd.example.vn";
    static final AtomicBoolean CRASH_NEXT_MOVE = new AtomicBoolean();

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    DocumentRegistry registry;

    @Autowired
    CamelContext camel;

    @Autowired
    JdbcClient jdbc;

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
                    null, "Phòng GD&ĐT Thành phố", "PGD-TP", OrganizationKind.OFFICE, List.of(SENDER), null, null));
        }
    }

    @Test
    void registersTheSameMessageDeliveredTwiceOnce() {
        String tag = tag();
        byte[] raw = letter(tag, "201").toBytes();
        TestMail.sendRaw(smtp, SENDER, "vanthu@localhost", raw);
        TestMail.sendRaw(smtp, SENDER, "vanthu@localhost", raw);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(tag) == 2);
        assertThat(inbound.withSubject(tag)).hasSize(1).first().satisfies(row -> {
            assertThat(row.status()).isEqualTo("PROCESSED");
            assertThat(inbound.documents(row.id()))
                    .hasSize(1)
                    .first()
                    .asString()
                    .startsWith("REGISTERED");
        });
    }

    @Test
    void takesAMessageOnceWhenTheMoveFailsAfterTheCommit() throws Exception {
        AdviceWith.adviceWith(
                camel,
                "mailbox-poll-embedded",
                route -> route.weaveAddLast().process(exchange -> {
                    if (CRASH_NEXT_MOVE.compareAndSet(true, false)) {
                        throw new IllegalStateException("crash between the commit and the move");
                    }
                }));
        String tag = tag();
        NotifyBuilder failed = new NotifyBuilder(camel)
                .fromRoute("mailbox-poll-embedded")
                .whenFailed(1)
                .create();
        CRASH_NEXT_MOVE.set(true);
        letter(tag, "202").send();
        assertThat(failed.matches(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(tag) == 1);
        assertThat(inbound.withSubject(tag))
                .hasSize(1)
                .first()
                .satisfies(row -> assertThat(inbound.documents(row.id())).hasSize(1));
    }

    @Test
    void registersEachLetterOnceWithTwoPollersOnOneMailbox() throws Exception {
        TemplatedRouteBuilder.builder(camel, "mailbox-poll")
                .routeId("mailbox-poll-embedded-twin")
                .parameter("mailboxId", "embedded")
                .parameter("protocol", "imap")
                .parameter("host", "127.0.0.1")
                .parameter("port", Integer.toString(imap))
                .parameter("folder", "INBOX")
                .parameter("delete", "false")
                .parameter("delay", "150")
                .parameter("authenticator", "#mailbox-embedded-authenticator")
                .parameter("sessionProperties", "#mailbox-embedded-session")
                .parameter("autoStartup", "true")
                .add();
        try {
            String tag = tag();
            long root = organizations.root().id();
            int before = registry.list(root, Direction.INCOMING).size();
            IntStream.range(0, 12)
                    .forEach(i ->
                            letter(tag + "-" + i, Integer.toString(300 + i)).send());
            // Asserted (not a bare condition) so that a timeout shows each row's status and note.
            await().atMost(Duration.ofSeconds(90))
                    .untilAsserted(() -> assertThat(inbound.withSubject(tag))
                            .hasSize(12)
                            .allSatisfy(row -> assertThat(row.status()).isEqualTo("PROCESSED")));
            List<DocumentSummary> registered = registry.list(root, Direction.INCOMING);
            assertThat(registered).hasSize(before + 12);
            List<Integer> numbers = registered.stream()
                    .map(DocumentSummary::registerNumber)
                    .filter(java.util.Objects::nonNull)
                    .sorted()
                    .toList();
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        } finally {
            camel.getRouteController().stopRoute("mailbox-poll-embedded-twin");
            camel.removeRoute("mailbox-poll-embedded-twin");
        }
    }

    private long processedCount(String tag) {
        return new ImapProbe(imap)
                .messages("vanthu@localhost", "vanthu", "Processed").stream()
                        .filter(m -> subject(m).contains(tag))
                        .count();
    }

    private TestMail letter(String tag, String number) {
        byte[] pdf = LetterPdf.letter().number(number, "PGDĐT").toBytes();
        return TestMail.to(smtp, SENDER, "vanthu@localhost", "Công văn " + number + " " + tag)
                .attach("cv" + number + ".pdf", "application/pdf", pdf);
    }

    private static String tag() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
