package vn.vanthu.extraction.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.extraction.ExtractionProperties;

/** Exposes the standard {@link DocumentReader} with the {@code vanthu.extraction.*} limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionConfiguration {

    @Bean(destroyMethod = "close")
    StandardDocumentReader documentReader(ExtractionProperties properties) {
        return StandardDocumentReader.create(properties);
    }
}
