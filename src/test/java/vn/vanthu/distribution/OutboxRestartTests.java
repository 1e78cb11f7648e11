package vn.vanthu.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.VanThuApplication;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.support.Offices;
import vn.vanthu.support.ScriptedSmtpServer;
import vn.vanthu.support.TestInstallation;

/** The gateway stopped in the middle of sending a circular and started again: no e-mail lost, none sent twice. */
class OutboxRestartTests {

    @Test
    void sendsEveryDeliveryOnceAcrossARestartInTheMiddleOfABatch() throws Exception {
        Path dataDir = Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(), "restart-");
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(TestInstallation.freePort()).up()) {
            smtp.slowDown(60);
            long documentId;
            Offices.Office office;
            try (ConfigurableApplicationContext first = start(dataDir, smtp)) {
                office = Offices.office(first.getBean(OrganizationDirectory.class), 40);
                documentId = first.getBean(Circulars.class)
                        .issue(office.circular("tổng kết năm học"))
                        .document()
                        .id();
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> smtp.received().size() >= 8);
            }
            int beforeRestart = smtp.received().size();
            assertThat(beforeRestart).isLessThan(40);
            try (ConfigurableApplicationContext second = start(dataDir, smtp)) {
                DeliveryBook deliveries = second.getBean(DeliveryBook.class);
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> deliveries.ofDocument(documentId).stream()
                                .allMatch(d -> d.status() == DeliveryStatus.SENT));
            }
            Map<String, Long> perRecipient = smtp.received().stream()
                    .flatMap(r -> r.recipients().stream())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perRecipient)
                    .hasSize(40)
                    .allSatisfy(
                            (address, times) -> assertThat(times).as(address).isEqualTo(1));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, ScriptedSmtpServer smtp) {
        return new SpringApplicationBuilder(VanThuApplication.class)
                .run(
                        "--server.port=0",
                        "--vanthu.data-dir=" + dataDir,
                        "--vanthu.mail.embedded=false",
                        "--vanthu.mail.smtp.host=127.0.0.1",
                        "--vanthu.mail.smtp.port=" + smtp.port(),
                        "--vanthu.mail.outbox.poll-interval=200ms",
                        "--vanthu.mail.outbox.batch-size=10");
    }
}
