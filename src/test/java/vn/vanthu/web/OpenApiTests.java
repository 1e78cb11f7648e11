package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.support.IntegrationTest;

/** The OpenAPI description of /api/** is served without login and holds every API mapping of the controllers. */
class OpenApiTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    @Test
    void describesEveryApiMappingWithItsMethods() {
        String body = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/v3/api-docs")
                .retrieve()
                .body(String.class);
        JsonNode paths = json.readTree(body).get("paths");
        int checked = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                assertThat(paths.has(pattern))
                        .as("path %s in /v3/api-docs", pattern)
                        .isTrue();
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    assertThat(paths.get(pattern).has(method.name().toLowerCase()))
                            .as("%s %s", method, pattern)
                            .isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
        assertThat(paths.has("/api/organizations")).isTrue();
        assertThat(Map.of("paths", paths.size())).isNotEmpty();
    }
}
