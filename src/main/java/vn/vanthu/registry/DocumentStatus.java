package vn.vanthu.registry;

/** Where a document stands; the codes in brackets are the edXML status codes reported back to senders. */
public enum DocumentStatus {
    /** Waiting for the clerk to check and register it (chờ vào sổ). */
    PENDING(null),
    /** An outgoing number taken before the file is final (lấy số trước). */
    RESERVED(null),
    /** Registered under a number (03). */
    REGISTERED("03"),
    /** Refused and returned to the sender (02). */
    REFUSED("02"),
    /** Assigned for handling (04). */
    ASSIGNED("04"),
    /** Being handled (05). */
    IN_PROGRESS("05"),
    /** Handled (06). */
    DONE("06"),
    /** Recalled by its sender (13/15). */
    RECALLED("15");

    private final String edxmlCode;

    DocumentStatus(String edxmlCode) {
        this.edxmlCode = edxmlCode;
    }

    /**
     * Whether an incoming document may move from this status to {@code next} while it is handled: a registered
     * document is assigned; an assigned one is started, finished or assigned again; a finished one may be reopened;
     * a pending one may be refused.
     */
    public boolean mayMoveTo(DocumentStatus next) {
        return switch (this) {
            case PENDING -> next == REFUSED;
            case REGISTERED -> next == ASSIGNED;
            case ASSIGNED -> next == ASSIGNED || next == IN_PROGRESS || next == DONE;
            case IN_PROGRESS -> next == ASSIGNED || next == IN_PROGRESS || next == DONE;
            case DONE -> next == IN_PROGRESS || next == ASSIGNED;
            default -> false;
        };
    }

    /** The edXML status code, or {@code null} where edXML has none. */
    public String edxmlCode() {
        return edxmlCode;
    }
}
