package vn.vanthu.handling;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Handling settings ({@code vanthu.handling.*}).
 *
 * @param dueSoonDays how many days before a deadline a document counts as due soon and its lead is reminded
 *     (default 2)
 * @param digestTime the time of day from which the daily digest goes out (default 06:30, Vietnam time)
 * @param scheduled whether the reminder and digest routes run (default {@code true})
 * @param pollInterval how often the reminder and digest routes look for work (default 5 minutes)
 */
@ConfigurationProperties("vanthu.handling")
public record HandlingProperties(
        Integer dueSoonDays, LocalTime digestTime, Boolean scheduled, java.time.Duration pollInterval) {

    public HandlingProperties {
        dueSoonDays = dueSoonDays == null ? 2 : Math.max(0, dueSoonDays);
        digestTime = digestTime == null ? LocalTime.of(6, 30) : digestTime;
        scheduled = scheduled == null || scheduled;
        pollInterval = pollInterval == null ? java.time.Duration.ofMinutes(5) : pollInterval;
    }
}
