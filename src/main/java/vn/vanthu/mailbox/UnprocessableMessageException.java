package vn.vanthu.mailbox;

/** Thrown by the pipeline for a message that will never be taken; it is quarantined with the reason. */
public class UnprocessableMessageException extends RuntimeException {

    private final String reason;

    /**
     * @param reason a short code ({@code TOO_LARGE}, {@code UNREADABLE}, {@code HOSTILE})
     * @param detail what is wrong, in Vietnamese, for the clerk
     */
    public UnprocessableMessageException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public UnprocessableMessageException(String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    /** The short code of the reason. */
    public String reason() {
        return reason;
    }
}
