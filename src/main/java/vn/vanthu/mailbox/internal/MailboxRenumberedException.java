package vn.vanthu.mailbox.internal;

/**
 * The server numbered the mailbox's messages anew while one was fetched (another session expunged): the bytes asked
 * for by its number may be another message's. It stays in the folder; the next poll takes it again.
 */
class MailboxRenumberedException extends RuntimeException {

    MailboxRenumberedException(String mailboxId, long uid) {
        super("Hộp thư " + mailboxId + " vừa đánh số lại các thư trong lúc xử lý thư UID " + uid
                + "; thư được để nguyên, lần lấy sau sẽ xử lý tiếp.");
    }
}
