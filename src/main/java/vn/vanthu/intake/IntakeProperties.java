package vn.vanthu.intake;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How incoming mail is taken ({@code vanthu.intake.*}).
 *
 * @param autoRegister whether letters from known senders with confident metadata are registered at once; when
 *     off, every letter waits for the clerk
 * @param maxMessageSize messages larger than this are quarantined without being read
 * @param minConfidence the least confidence of number, symbol and date for registering without the clerk
 * @param trustedSenders addresses ({@code vanphong@sogd.edu.vn}) or domains ({@code @sogd.edu.vn}) treated as
 *     known senders besides the directory's official addresses
 */
@ConfigurationProperties("vanthu.intake")
public record IntakeProperties(
        Boolean autoRegister, DataSize maxMessageSize, Double minConfidence, List<String> trustedSenders) {

    public IntakeProperties {
        autoRegister = autoRegister == null || autoRegister;
        maxMessageSize = maxMessageSize == null ? DataSize.ofMegabytes(50) : maxMessageSize;
        minConfidence = minConfidence == null ? 0.6 : minConfidence;
        trustedSenders = trustedSenders == null
                ? List.of()
                : trustedSenders.stream()
                        .map(s -> s.trim().toLowerCase(Locale.ROOT))
                        .toList();
    }

    /** Whether an address is trusted by the list (exact address or {@code @domain}). */
    public boolean trusts(String address) {
        if (address == null) {
            return false;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        return trustedSenders.stream().anyMatch(t -> t.startsWith("@") ? lower.endsWith(t) : lower.equals(t));
    }
}
