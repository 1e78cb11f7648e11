package vn.vanthu.distribution;

/** Where the delivery of a document to one recipient stands (the outside contract's values). */
public enum DeliveryStatus {
    /** Recorded; the e-mail is waiting in the outbox. */
    PENDING,
    /** The recipient's server accepted the e-mail (or the unit has no e-mail and got it inside VanThu only). */
    SENT,
    /** The recipient confirmed receipt (edXML 01/03). */
    CONFIRMED,
    /** The recipient refused it: wrong unit, not theirs (edXML 02). */
    REFUSED,
    /** The e-mail could not be sent: a permanent rejection or too many temporary failures. */
    FAILED,
    /** The e-mail was accepted and later bounced (a delivery status notification). */
    BOUNCED
}
