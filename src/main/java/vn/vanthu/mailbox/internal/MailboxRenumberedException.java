package vn.vanthu.mailbox.internal;

/**
 * The server numbered the mailbox's messages anew while one was handled (another session expunged): moving it by
 * its number now could move another message. It stays in the folder; the next poll finds it handled and moves it.
 */
class MailboxRenumberedException extends RuntimeException {

    MailboxRenumberedException(String mailboxId, long uid) {
        super("Hộp thư " + mailboxId + " vừa đánh số lại các thư (thư UID " + uid
                + " đã xử lý xong); sẽ chuyển thư ở lần lấy sau.");
    }
}
