package vn.vanthu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DecisionRecordsTests {

    @Test
    void numberEachDecisionOnceAndGiveItTheFourSections() throws IOException {
        List<Path> records;
        try (Stream<Path> files = Files.list(Path.of("src", "adr"))) {
            records = files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        assertThat(records).isNotEmpty();
        List<String> numbers = records.stream()
                .map(f -> f.getFileName().toString())
                .peek(name -> assertThat(name).matches("\\d{4}-[a-z0-9-]+\\.md"))
                .map(name -> name.substring(0, 4))
                .toList();
        assertThat(numbers).doesNotHaveDuplicates();
        for (Path record : records) {
            String text = Files.readString(record);
            assertThat(text)
                    .as(record.toString())
                    .contains("## Status", "## Context", "## Decision", "## Consequences");
        }
    }
}
