package vn.vanthu.mailbox;

/**
 * What the pipeline made of a message.
 *
 * @param messageClass the class it was given ({@code OFFICIAL_DOCUMENT}, {@code BOUNCE}, …)
 * @param note a short account for the ledger, in Vietnamese ("Vào sổ đến số 12", "Chờ vào sổ: …")
 */
public record HandlingResult(String messageClass, String note) {}
