package vn.vanthu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.mime.MailReader;
import vn.vanthu.support.ImapProbe;
import vn.vanthu.support.Inbound;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.SwitchableDataSource;
import vn.vanthu.support.TestMail;

/** Nothing is lost: a message whose handling throws is set aside with the reason; a database outage waits. */
@Import(NothingLostTests.Faults.class)
class NothingLostTests extends IntegrationTest {

    static final String SENDER = "vanthu@truong-thcs.example.vn";
    static final String POISON = "POISON-PILL";
    static final java.util.concurrent.atomic.AtomicBoolean POISON_ACTIVE =
            new java.util.concurrent.atomic.AtomicBoolean(true);

    @MockitoSpyBean
    MailReader reader;

    @Autowired
    SwitchableDataSource database;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    CamelContext camel;

    @Autowired
    vn.vanthu.mailbox.QuarantineView quarantine;

    @Autowired
    JdbcClient jdbc;

    @Value("${vanthu.mail.embedded-smtp-port}")
    int smtp;

    @Value("${vanthu.mail.embedded-imap-port}")
    int imap;

    Inbound inbound;

    @BeforeEach
    void setUp() throws Exception {
        inbound = new Inbound(jdbc);
        if (organizations.findByEmail(SENDER).isEmpty()) {
            organizations.create(new NewOrganization(
                    organizations.root().id(),
                    "Trường THCS Tô Hiệu",
                    "THCS-TH",
                    OrganizationKind.SCHOOL,
                    List.of(SENDER),
                    null,
                    null));
        }
        doAnswer(call -> {
                    Path raw = call.getArgument(0);
                    if (POISON_ACTIVE.get()
                            && new String(Files.readAllBytes(raw), java.nio.charset.StandardCharsets.ISO_8859_1)
                                    .contains(POISON)) {
                        throw new IllegalStateException("the MIME reader broke on this message");
                    }
                    return call.callRealMethod();
                })
                .when(reader)
                .read(any(Path.class));
    }

    @Test
    void quarantinesAMessageWhoseHandlingThrowsAndTakesTheNextOnes() {
        String tag = "T" + UUID.randomUUID().toString().substring(0, 8);
        letter(tag + " " + POISON, "401").send();
        letter(tag + " lành", "402").send();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbound.withSubject(tag).stream()
                                .allMatch(r -> !r.status().equals("RECEIVED"))
                        && inbound.withSubject(tag).size() == 2);
        Inbound.Row poisoned = inbound.withSubject(tag + " " + POISON).get(0);
        assertThat(poisoned.status()).isEqualTo("QUARANTINED");
        assertThat(inbound.quarantineReasons(poisoned.id()))
                .singleElement()
                .asString()
                .startsWith("ERROR: Lỗi khi xử lý thư")
                .contains("the MIME reader broke on this message");
        Inbound.Row healthy = inbound.withSubject(tag + " lành").get(0);
        assertThat(healthy.status()).isEqualTo("PROCESSED");
        assertThat(inbound.documents(healthy.id())).singleElement().asString().startsWith("REGISTERED");
        ImapProbe probe = new ImapProbe(imap);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(probe.messages("vanthu@localhost", "vanthu", "Failed"))
                        .anySatisfy(m -> assertThat(m.getSubject()).contains(POISON)));
    }

    @Test
    void takesAQuarantinedMessageInAgainOnRequestOnceTheFaultIsFixed() {
        String tag = "T" + UUID.randomUUID().toString().substring(0, 8);
        letter(tag + " " + POISON, "404").send();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbound.withSubject(tag).stream()
                        .anyMatch(r -> r.status().equals("QUARANTINED")));
        Inbound.Row row = inbound.withSubject(tag).get(0);
        long entry = jdbc.sql("SELECT id FROM quarantine WHERE inbound_message_id = ?")
                .param(row.id())
                .query(Long.class)
                .single();
        POISON_ACTIVE.set(false);
        try {
            assertThat(quarantine.retry(entry)).isTrue();
        } finally {
            POISON_ACTIVE.set(true);
        }
        assertThat(inbound.withSubject(tag).get(0).status()).isEqualTo("PROCESSED");
        assertThat(inbound.documents(row.id())).singleElement().asString().startsWith("REGISTERED");
        assertThat(jdbc.sql("SELECT resolution FROM quarantine WHERE id = ?")
                        .param(entry)
                        .query(String.class)
                        .single())
                .isEqualTo("RETRIED");
    }

    @Test
    void leavesMessagesInTheInboxWhileTheDatabaseIsDownAndTakesThemLater() {
        String tag = "T" + UUID.randomUUID().toString().substring(0, 8);
        database.down();
        try {
            // Without the database the node cannot renew its poller lease and stops polling (ADR 11).
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !camel.getRouteController()
                            .getRouteStatus("mailbox-poll-embedded")
                            .isStarted());
            letter(tag + " mất kết nối", "403").send();
            ImapProbe probe = new ImapProbe(imap);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(probe.messages("vanthu@localhost", "vanthu", "INBOX"))
                            .anySatisfy(m -> assertThat(m.getSubject()).contains(tag)));
        } finally {
            database.up();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbound.withSubject(tag).stream()
                        .anyMatch(r -> r.status().equals("PROCESSED")));
        Inbound.Row row = inbound.withSubject(tag).get(0);
        assertThat(inbound.documents(row.id())).singleElement().asString().startsWith("REGISTERED");
    }

    private TestMail letter(String subject, String number) {
        byte[] pdf = LetterPdf.letter().number(number, "THCS").toBytes();
        return TestMail.to(smtp, SENDER, "vanthu@localhost", subject)
                .attach("cong-van-" + number + ".pdf", "application/pdf", pdf);
    }

    @TestConfiguration
    static class Faults {

        @Bean
        static BeanPostProcessor switchableDatabase() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && !(bean instanceof SwitchableDataSource)
                            ? new SwitchableDataSource(source)
                            : bean;
                }
            };
        }
    }
}
