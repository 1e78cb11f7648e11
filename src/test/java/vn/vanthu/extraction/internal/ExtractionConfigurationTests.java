package vn.vanthu.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.extraction.ExtractionProperties;

class ExtractionConfigurationTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ExtractionConfiguration.class);

    @Test
    void exposesTheReaderWithBoundLimits() {
        context.withPropertyValues("vanthu.extraction.max-file-size=5MB", "vanthu.extraction.parser-threads=3")
                .run(c -> {
                    assertThat(c).hasSingleBean(DocumentReader.class);
                    ExtractionProperties p = c.getBean(ExtractionProperties.class);
                    assertThat(p.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
                    assertThat(p.parserThreads()).isEqualTo(3);
                    assertThat(p.ocr()).isTrue();
                    assertThat(p.ocrLanguages()).isEqualTo("vie");
                });
    }
}
