package vn.vanthu.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of accounts and logins ({@code vanthu.account.*}).
 *
 * @param maxFailedLogins wrong passwords in a row that lock an account; default 6
 * @param lockDuration how long such a lock lasts; default 15 minutes
 * @param temporaryPasswordBlocksApi whether {@code /api/**} refuses (403) an account whose password is still the
 *     temporary one, as pages do; default {@code true}
 */
@ConfigurationProperties("vanthu.account")
public record AccountProperties(Integer maxFailedLogins, Duration lockDuration, Boolean temporaryPasswordBlocksApi) {

    public AccountProperties {
        maxFailedLogins = maxFailedLogins == null ? 6 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        temporaryPasswordBlocksApi = temporaryPasswordBlocksApi != null && temporaryPasswordBlocksApi;
    }
}
