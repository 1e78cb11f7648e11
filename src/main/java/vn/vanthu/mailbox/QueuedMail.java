package vn.vanthu.mailbox;

/**
 * A message accepted by the outbox.
 *
 * @param id the outbox row
 * @param messageId the Message-ID it will be sent with, fixed now so that replies can be matched to it
 */
public record QueuedMail(long id, String messageId) {}
