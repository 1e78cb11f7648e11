package vn.vanthu.mailbox.internal;

/** Another poller is handling the message right now; the message stays in the mailbox for a later poll. */
class MessageBusyException extends RuntimeException {

    MessageBusyException(long inboundMessageId) {
        super("Thư " + inboundMessageId + " đang được một tiến trình khác xử lý; sẽ lấy lại ở lần sau.");
    }
}
