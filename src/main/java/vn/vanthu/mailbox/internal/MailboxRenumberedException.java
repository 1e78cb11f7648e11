package vn.vanthu.mailbox.internal;

/**
 * The server numbered the mailbox's messages anew while one was fetched or handled (another session expunged):
 * its bytes may be another message's, or moving it by its number now could move another message. It stays in the
 * folder; the next poll takes it again (and finds it handled when it was).
 */
class MailboxRenumberedException extends RuntimeException {

    MailboxRenumberedException(String mailboxId, long uid) {
        super("Hộp thư " + mailboxId + " vừa đánh số lại các thư trong lúc xử lý thư UID " + uid
                + "; thư được để nguyên, lần lấy sau sẽ xử lý tiếp.");
    }
}
