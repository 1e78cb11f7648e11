package vn.vanthu.extraction;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and switches of document reading ({@code vanthu.extraction.*}).
 *
 * @param maxFileSize files larger than this are not parsed
 * @param writeLimit the most characters of text taken from one file
 * @param maxEmbeddedResources the most embedded files followed inside one file
 * @param timeout how long one file may take to parse
 * @param parserThreads the size of the bounded parsing pool
 * @param ocr whether to recognise pages without text when {@code tesseract} is installed
 * @param ocrLanguages the Tesseract languages
 * @param ocrTimeout how long OCR of one file may take
 */
@ConfigurationProperties("vanthu.extraction")
public record ExtractionProperties(
        DataSize maxFileSize,
        int writeLimit,
        int maxEmbeddedResources,
        Duration timeout,
        int parserThreads,
        @DefaultValue("true") boolean ocr,
        String ocrLanguages,
        Duration ocrTimeout) {

    public ExtractionProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(40) : maxFileSize;
        writeLimit = writeLimit <= 0 ? 2_000_000 : writeLimit;
        maxEmbeddedResources = maxEmbeddedResources <= 0 ? 50 : maxEmbeddedResources;
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        parserThreads = parserThreads <= 0 ? 2 : parserThreads;
        ocrLanguages = ocrLanguages == null || ocrLanguages.isBlank() ? "vie" : ocrLanguages;
        ocrTimeout = ocrTimeout == null ? Duration.ofSeconds(120) : ocrTimeout;
    }

    /** The defaults, for use outside a Spring context. */
    public static ExtractionProperties defaults() {
        return new ExtractionProperties(null, 0, 0, null, 0, true, null, null);
    }
}
