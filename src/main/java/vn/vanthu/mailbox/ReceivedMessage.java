package vn.vanthu.mailbox;

import java.nio.file.Path;

/**
 * A message the gateway has stored and recorded, handed to the pipeline: a neutral command that says nothing of
 * how the mail was fetched.
 *
 * @param inboundMessageId the row in the dedupe ledger
 * @param mailboxId the mailbox it came from
 * @param organizationCode the code of the organization the mailbox receives for, or {@code null} for the root
 * @param rawFile the stored raw message ({@code .eml}), read-only
 * @param rawSha256 the raw message's hash
 * @param rawSize the raw message's size in bytes
 * @param attempt how many times the gateway has tried to take this message, this one included
 */
public record ReceivedMessage(
        long inboundMessageId,
        String mailboxId,
        String organizationCode,
        Path rawFile,
        String rawSha256,
        long rawSize,
        int attempt) {}
