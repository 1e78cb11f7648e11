package vn.vanthu.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.vanthu.support.TestInstallation;

/**
 * Two nodes against one PostgreSQL database, one mailbox and one data folder: one polls at a time (the lease), the
 * other takes over when the poller is killed; every letter is registered once under gap-free numbers and every
 * delivery is sent once.
 */
class TwoNodesE2E {

    @Test
    void shareTheWorkAndSurviveTheLossOfThePoller() throws Exception {
        List<String> users = new ArrayList<>(List.of(Scenario.SENDER));
        IntStream.rangeClosed(1, 20).forEach(i -> users.add(Scenario.address("hai", i)));
        RealServers.start(users.toArray(String[]::new));
        Path data = Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "e2e")).toAbsolutePath(), "two-");
        String database = RealServers.newDatabase();
        GatewayProcess a = GatewayProcess.start("two-a", data, database, TestInstallation.freePort());
        a.awaitHealthy(Duration.ofSeconds(120));
        GatewayProcess b = GatewayProcess.start("two-b", data, database, TestInstallation.freePort());
        try {
            b.awaitHealthy(Duration.ofSeconds(120));
            await().atMost(Duration.ofSeconds(30)).until(() -> a.pollsMail() ^ b.pollsMail());
            GatewayProcess poller = a.pollsMail() ? a : b;
            GatewayProcess other = poller == a ? b : a;
            List<Long> schools = Scenario.enrol(other.api(), "hai", 20);

            for (int n = 101; n <= 130; n++) {
                Scenario.sendLetter(n);
            }
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> Scenario.incoming(other.api()).size() >= 8);
            poller.kill();
            await().atMost(Duration.ofSeconds(60)).until(other::pollsMail);
            await().atMost(Duration.ofSeconds(180))
                    .until(() -> Scenario.incoming(other.api()).stream()
                                    .filter(d -> "REGISTERED".equals(d.get("status")))
                                    .count()
                            == 30);
            List<Map<String, Object>> registered = Scenario.incoming(other.api());
            assertThat(registered).hasSize(30);
            assertThat(registered)
                    .extracting(d -> d.get("registerNumber"))
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 30).boxed().toList());
            assertThat(registered)
                    .extracting(d -> d.get("codeNumber"))
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(101, 130)
                            .mapToObj(Integer::toString)
                            .toList());

            try (GatewayProcess again = GatewayProcess.start(
                    poller == a ? "two-a2" : "two-b2", data, database, TestInstallation.freePort())) {
                again.awaitHealthy(Duration.ofSeconds(120));
                long first = Scenario.circular(other.api(), schools, "kiểm tra nền nếp đầu năm");
                long second = Scenario.circular(again.api(), schools, "tổng kết thi đua học kỳ I");
                await().atMost(Duration.ofSeconds(120)).until(() -> allSent(other, first) && allSent(other, second));
                for (long document : List.of(first, second)) {
                    Scenario.deliveries(other.api(), document)
                            .forEach(d -> assertThat(d.get("status")).isEqualTo("SENT"));
                }
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    for (int i = 1; i <= 20; i++) {
                        assertThat(Scenario.messageIds(Scenario.address("hai", i)))
                                .hasSize(2)
                                .doesNotHaveDuplicates();
                    }
                });
            }
        } finally {
            a.close();
            b.close();
        }
    }

    private static boolean allSent(GatewayProcess node, long document) {
        return Scenario.deliveries(node.api(), document).stream().allMatch(d -> "SENT".equals(d.get("status")));
    }
}
