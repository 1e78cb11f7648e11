package vn.vanthu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.support.Inbound;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.TestInstallation;
import vn.vanthu.support.TestMail;

/**
 * A POP3 mailbox (no folders to move to): its letters are registered once, deleted from the server when the mailbox
 * says so, and registered once still when they stay on the server and are fetched again at every poll.
 */
class Pop3IntakeTests extends IntegrationTest {

    static final String SENDER = "vanthu.pop@phonggd-pop.example.vn";
    static final String ROUTE = "mailbox-poll-pop3-test";

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    CamelContext camel;

    @Autowired
    JdbcClient jdbc;

    GreenMail pop3;
    GreenMailUser gateway;
    Inbound inbound;

    @BeforeEach
    void pop3Server() {
        inbound = new Inbound(jdbc);
        if (organizations.findByEmail(SENDER).isEmpty()) {
            organizations.create(new NewOrganization(
                    null, "Phòng GD&ĐT Huyện Mai Sơn", "PGD-MS", OrganizationKind.OFFICE, List.of(SENDER), null, null));
        }
        pop3 = new GreenMail(new ServerSetup(TestInstallation.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_POP3));
        pop3.start();
        // The embedded mailbox's login, so that the route can use its authenticator.
        gateway = pop3.setUser("vanthu@localhost", "vanthu@localhost", "vanthu");
    }

    @AfterEach
    void stop() throws Exception {
        if (camel.getRoute(ROUTE) != null) {
            camel.getRouteController().stopRoute(ROUTE);
            camel.removeRoute(ROUTE);
        }
        pop3.stop();
    }

    @Test
    void registersEachLetterOnceAndDeletesItFromTheServer() throws Exception {
        String tag = tag();
        deliver(tag, "401");
        deliver(tag, "402");
        poll(true);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(inbound.withSubject(tag))
                        .hasSize(2)
                        .allSatisfy(row -> assertThat(row.status()).isEqualTo("PROCESSED"))
                        .allSatisfy(
                                row -> assertThat(inbound.documents(row.id())).hasSize(1)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(pop3.getReceivedMessagesForDomain("localhost"))
                        .isEmpty());
    }

    @Test
    void registersALetterOnceThatStaysOnTheServer() throws Exception {
        String tag = tag();
        deliver(tag, "403");
        poll(false);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(inbound.withSubject(tag))
                        .hasSize(1)
                        .allSatisfy(row -> assertThat(row.status()).isEqualTo("PROCESSED")));
        // Kept on the server, the letter comes again with every poll: three more polls find it known.
        NotifyBuilder threeMore =
                new NotifyBuilder(camel).fromRoute(ROUTE).whenDone(3).create();
        assertThat(threeMore.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(pop3.getReceivedMessagesForDomain("localhost")).hasSize(1);
        assertThat(inbound.withSubject(tag))
                .singleElement()
                .satisfies(row -> assertThat(inbound.documents(row.id())).hasSize(1));
    }

    private void poll(boolean delete) throws Exception {
        TemplatedRouteBuilder.builder(camel, "mailbox-poll")
                .routeId(ROUTE)
                .parameter("mailboxId", "embedded")
                .parameter("protocol", "pop3")
                .parameter("host", "127.0.0.1")
                .parameter("port", Integer.toString(pop3.getPop3().getPort()))
                .parameter("folder", "INBOX")
                .parameter("delete", Boolean.toString(delete))
                .parameter("delay", "150")
                .parameter("authenticator", "#mailbox-embedded-authenticator")
                .parameter("sessionProperties", "#mailbox-embedded-session")
                .parameter("autoStartup", "true")
                .add();
    }

    private void deliver(String tag, String number) throws Exception {
        byte[] raw = TestMail.to(0, SENDER, "vanthu@localhost", "Công văn " + number + " " + tag)
                .attach(
                        "cv" + number + ".pdf",
                        "application/pdf",
                        LetterPdf.letter().number(number, "PGDĐT").toBytes())
                .toBytes();
        gateway.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    private static String tag() {
        return "P" + UUID.randomUUID().toString().substring(0, 8);
    }
}
