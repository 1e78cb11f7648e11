package vn.vanthu.extraction.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.extraction.ExtractionProperties;

/** Placeholder beans until the extraction module lands (removed at merge). */
@Configuration
class TemporaryExtractionBeans {
    @Bean
    DocumentReader documentReader() {
        return DocumentReader.standard(ExtractionProperties.defaults());
    }
}
