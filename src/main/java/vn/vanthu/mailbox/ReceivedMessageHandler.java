package vn.vanthu.mailbox;

/**
 * The pipeline that takes a stored message further (reading, classifying, registering). The mailbox module sees
 * it as a black box.
 *
 * <p>Implementations MUST be idempotent for the same {@link ReceivedMessage#inboundMessageId()}: a message is
 * handed over again after a crash. They run inside the transaction that marks the message processed, so what
 * they write commits or rolls back with that mark. They MUST throw {@link UnprocessableMessageException} for a
 * message that will never be taken (too big, unreadable, hostile): it then goes to the failed folder with the
 * reason. Any other exception means "try again later": the message stays in the mailbox.
 */
public interface ReceivedMessageHandler {

    /** Takes the message further. */
    HandlingResult handle(ReceivedMessage message);

    /**
     * Says that a stored message will be handed over soon (the next messages of a fetched batch), so that slow,
     * side-effect-free reading can start ahead on other threads. Implementations MAY ignore it; they MUST NOT write
     * anything that {@link #handle} would not write, and MUST return at once.
     */
    default void prepare(String mailboxId, java.nio.file.Path rawFile, String rawSha256) {}
}
