package vn.vanthu.distribution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How documents are sent to units ({@code vanthu.distribution.*}).
 *
 * @param baseUrl the address units reach VanThu at, for links in e-mails
 * @param attachLimit files larger than this go as a signed download link instead of an attachment
 * @param linkValidity how long confirmation and download links stay valid
 * @param namedTypePattern the default symbol of named types ({@code {TYPE}-{ORG}} gives {@code QĐ-UBND})
 * @param letterPattern the default symbol of công văn ({@code {ORG}-{UNIT}} gives {@code PGDĐT-VP})
 * @param defaultUnit the drafting unit used in {@code {UNIT}} when none is given
 */
@ConfigurationProperties("vanthu.distribution")
public record DistributionProperties(
        String baseUrl,
        DataSize attachLimit,
        Duration linkValidity,
        String namedTypePattern,
        String letterPattern,
        String defaultUnit) {

    public DistributionProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        attachLimit = attachLimit == null ? DataSize.ofMegabytes(10) : attachLimit;
        linkValidity = linkValidity == null ? Duration.ofDays(60) : linkValidity;
        namedTypePattern = namedTypePattern == null ? "{TYPE}-{ORG}" : namedTypePattern;
        letterPattern = letterPattern == null ? "{ORG}-{UNIT}" : letterPattern;
        defaultUnit = defaultUnit == null ? "VP" : defaultUnit;
    }
}
