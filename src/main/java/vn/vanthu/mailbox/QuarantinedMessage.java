package vn.vanthu.mailbox;

import java.time.OffsetDateTime;

/**
 * A message that could not be taken in, as the quarantine page shows it.
 *
 * @param id the quarantine entry
 * @param mailbox the mailbox it came from
 * @param fromAddress its sender, or {@code null}
 * @param subject its subject, or {@code null}
 * @param reason a short code of what failed
 * @param detail why, in words
 * @param createdAt when it was quarantined
 * @param resolution {@code null} while open, else how it was closed ({@code DISMISSED}, …)
 */
public record QuarantinedMessage(
        long id,
        String mailbox,
        String fromAddress,
        String subject,
        String reason,
        String detail,
        OffsetDateTime createdAt,
        String resolution) {}
