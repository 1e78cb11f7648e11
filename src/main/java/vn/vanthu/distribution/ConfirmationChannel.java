package vn.vanthu.distribution;

/** How a recipient confirmed receipt (the outside contract's values). */
public enum ConfirmationChannel {
    /** A reply to the delivery e-mail. */
    REPLY,
    /** A read receipt (message disposition notification). */
    READ_RECEIPT,
    /** The signed link in the delivery e-mail. */
    LINK,
    /** The button in the unit's VanThu inbox. */
    WEB
}
