package vn.vanthu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

class ApplicationStartTests extends vn.vanthu.support.IntegrationTest {

    @LocalServerPort
    int port;

    @Value("${vanthu.data-dir}")
    Path dataDir;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void answersHealthUpWithoutLogin() {
        String body = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);
        assertThat(body).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void createsAdministratorWithTemporaryPasswordInOwnerOnlyFile() throws Exception {
        Path file = dataDir.resolve("initial-admin-password");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String password = Files.readString(file).trim();
        assertThat(password).hasSize(16);
        Boolean temporary = jdbc.sql("SELECT password_temporary FROM account WHERE username = 'admin'")
                .query(Boolean.class)
                .single();
        assertThat(temporary).isTrue();
        // The contract: any account's user name and password work on /api/**, a temporary one too (ADR 20).
        var response = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/documents")
                .headers(h -> h.setBasicAuth("admin", password))
                .exchange((request, answer) -> new Object[] {
                    answer.getStatusCode().value(), new String(answer.getBody().readAllBytes())
                });
        assertThat(response[0]).isEqualTo(200);
        assertThat((String) response[1]).startsWith("[");
    }

    @Test
    void keepsDatabaseUnderDataFolder() {
        assertThat(dataDir.resolve("db").resolve("vanthu.mv.db")).exists();
        assertThat(Set.of(dataDir.resolve("blobs").toFile().list())).isNotNull();
    }
}
