package vn.vanthu.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.Offices;
import vn.vanthu.support.ScriptedSmtpServer;
import vn.vanthu.support.TestInstallation;

/** The outbox against an SMTP server that goes away, rejects and hesitates. */
class OutboxDeliveryTests extends IntegrationTest {

    static final ScriptedSmtpServer SMTP = new ScriptedSmtpServer(TestInstallation.freePort()).up();

    @DynamicPropertySource
    static void realSmtp(DynamicPropertyRegistry registry) {
        registry.add("vanthu.mail.embedded", () -> "false");
        registry.add("vanthu.mail.smtp.host", () -> "127.0.0.1");
        registry.add("vanthu.mail.smtp.port", SMTP::port);
        registry.add("vanthu.mail.outbox.first-retry-delay", () -> "200ms");
        registry.add("vanthu.mail.outbox.max-attempts", () -> "8");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.close();
    }

    @Autowired
    Circulars circulars;

    @Autowired
    DeliveryBook deliveries;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deliversEveryEmailOnceAfterTheSmtpServerComesBack() {
        var office = Offices.office(organizations, 5);
        SMTP.down();
        IssuedCircular issued;
        try {
            issued = circulars.issue(office.circular("kiểm tra hệ thống thư"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> attempts(issued).values().stream().allMatch(a -> a >= 2));
            assertThat(deliveries.ofDocument(issued.document().id()))
                    .allMatch(d -> d.status() == DeliveryStatus.PENDING);
        } finally {
            SMTP.up();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> deliveries.ofDocument(issued.document().id()).stream()
                        .allMatch(d -> d.status() == DeliveryStatus.SENT));
        Map<String, Long> received = SMTP.received().stream()
                .flatMap(r -> r.recipients().stream())
                .filter(r -> r.endsWith("@" + office.domain()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received)
                .hasSize(5)
                .allSatisfy((address, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void failsADeliveryAtOnceOnA5xxAnswerWithTheServersReason() {
        var office = Offices.office(organizations, 3);
        SMTP.rejectPermanently(
                office.address(2),
                "550 5.1.1 <" + office.address(2)
                        + ">: Recipient address rejected: User unknown in local recipient table");
        IssuedCircular issued = circulars.issue(office.circular("danh sách học sinh"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.ofDocument(issued.document().id()).stream()
                        .noneMatch(d -> d.status() == DeliveryStatus.PENDING));
        Map<String, Delivery> byAddress = deliveries
                .ofDocument(issued.document().id())
                .stream()
                .collect(Collectors.toMap(Delivery::email, Function.identity()));
        Delivery rejected = byAddress.get(office.address(2));
        assertThat(rejected.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(rejected.detail()).contains("550 5.1.1").contains("User unknown");
        assertThat(attempts(issued)).containsEntry(office.address(2), 1);
        assertThat(byAddress.get(office.address(1)).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(byAddress.get(office.address(3)).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void retriesA4xxAnswerWithBackoffUntilTheServerTakesIt() {
        var office = Offices.office(organizations, 1);
        SMTP.rejectTemporarily(office.address(1), 2);
        IssuedCircular issued = circulars.issue(office.circular("lịch họp"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.ofDocument(issued.document().id()).stream()
                        .allMatch(d -> d.status() == DeliveryStatus.SENT));
        assertThat(attempts(issued)).containsEntry(office.address(1), 3);
    }

    private Map<String, Integer> attempts(IssuedCircular issued) {
        List<Long> ids = issued.deliveries().stream().map(Delivery::id).toList();
        return jdbc
                .sql("SELECT recipient, attempts FROM outbound_mail WHERE reference_type = 'DELIVERY'"
                        + " AND reference_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
