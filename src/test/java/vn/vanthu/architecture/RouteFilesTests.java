package vn.vanthu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yaml.snakeyaml.Yaml;
import vn.vanthu.support.IntegrationTest;

/** YAML routes are invisible to the compiler: this checks their ids, configuration and bean references. */
class RouteFilesTests extends IntegrationTest {

    private static final Pattern ID =
            Pattern.compile("(mailbox|registry|distribution|receipt|calendar|intake|handling)-[a-z-]+");
    private static final Pattern BEAN_REF = Pattern.compile("ref:\\s*(\\w+)");

    @Autowired
    ApplicationContext context;

    @Test
    void giveEveryRouteAnIdOfModuleAndPurposeAndTheSharedErrorHandling() throws IOException {
        for (Map<String, Object> entry : entries()) {
            Map<?, ?> route = entry.containsKey("route")
                    ? (Map<?, ?>) entry.get("route")
                    : entry.containsKey("routeTemplate") ? (Map<?, ?>) entry.get("routeTemplate") : null;
            if (route == null) {
                continue;
            }
            assertThat((String) route.get("id")).matches(ID);
            Map<?, ?> body = entry.containsKey("routeTemplate") ? (Map<?, ?>) route.get("route") : route;
            assertThat(body.get("routeConfigurationId")).isEqualTo("vanthu-errors");
        }
    }

    @Test
    void referToBeansThatExist() throws IOException {
        for (Path file : routeFiles()) {
            Matcher refs = BEAN_REF.matcher(Files.readString(file));
            while (refs.find()) {
                assertThat(context.containsBean(refs.group(1)))
                        .as("bean %s named in %s", refs.group(1), file)
                        .isTrue();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries() throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Path file : routeFiles()) {
            for (Object entry : new Yaml().loadAs(Files.readString(file), List.class)) {
                entries.add((Map<String, Object>) entry);
            }
        }
        assertThat(entries).isNotEmpty();
        return entries;
    }

    private static List<Path> routeFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            return files.filter(f -> f.toString().endsWith(".camel.yaml"))
                    .sorted()
                    .toList();
        }
    }
}
