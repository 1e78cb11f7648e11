package vn.vanthu.intake;

import java.util.List;

/**
 * Published for every message the intake has read, official or not, so that receipts, bounces and replies can be
 * matched to what the gateway sent.
 *
 * @param inboundMessageId the ledger row
 * @param messageClass the class ({@code OFFICIAL_DOCUMENT}, {@code DELIVERY_REPLY}, {@code READ_RECEIPT}, {@code
 *     BOUNCE}, {@code AUTO_REPLY}, {@code OTHER})
 * @param from the sender's address, or {@code null}
 * @param to the recipients' addresses (plus-address tags kept)
 * @param subject the subject
 * @param messageId the Message-ID, or {@code null}
 * @param inReplyTo the In-Reply-To ids
 * @param references the References ids
 * @param rawSha256 the stored raw message
 */
public record MailClassified(
        long inboundMessageId,
        String messageClass,
        String from,
        List<String> to,
        String subject,
        String messageId,
        List<String> inReplyTo,
        List<String> references,
        String rawSha256) {}
