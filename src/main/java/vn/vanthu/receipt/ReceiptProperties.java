package vn.vanthu.receipt;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminders and summaries of unconfirmed deliveries ({@code vanthu.receipt.*}).
 *
 * @param firstReminderAfter how long after sending an unconfirmed delivery gets its first reminder; each next one
 *     waits twice as long
 * @param maxReminders the most reminders per delivery
 * @param summaryHour the hour (Vietnam time) after which each sender gets its daily summary
 * @param summaryDays how many days back the daily summary looks
 */
@ConfigurationProperties("vanthu.receipt")
public record ReceiptProperties(
        Duration firstReminderAfter, Integer maxReminders, Integer summaryHour, Integer summaryDays) {

    public ReceiptProperties {
        firstReminderAfter = firstReminderAfter == null ? Duration.ofDays(1) : firstReminderAfter;
        maxReminders = maxReminders == null ? 3 : maxReminders;
        summaryHour = summaryHour == null ? 7 : summaryHour;
        summaryDays = summaryDays == null ? 30 : summaryDays;
    }
}
