package vn.vanthu.mailbox;

import java.time.Duration;

/**
 * How the outbox sends ({@code vanthu.mail.outbox.*}).
 *
 * @param ratePerSecond the most messages sent per second (the throttle); 0 for no limit
 * @param batchSize how many messages one worker claims at a time
 * @param maxAttempts how many times a temporary failure (4xx, connection) is retried before the message fails
 * @param firstRetryDelay the delay before the first retry; each next one doubles
 * @param pollInterval how often the outbox is looked at
 * @param connections how many SMTP connections one node sends over at once, each kept open across messages
 */
public record OutboxSettings(
        double ratePerSecond,
        int batchSize,
        int maxAttempts,
        Duration firstRetryDelay,
        Duration pollInterval,
        int connections) {

    public OutboxSettings {
        ratePerSecond = ratePerSecond < 0 ? 0 : ratePerSecond;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstRetryDelay = firstRetryDelay == null ? Duration.ofSeconds(30) : firstRetryDelay;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        connections = connections <= 0 ? 2 : Math.min(connections, 16);
    }
}
