package vn.vanthu.mailbox.internal;

/** Where a message stands after an attempt to take it. */
enum IntakeOutcome {
    /** Handled now or before: it goes to the processed folder. */
    PROCESSED,
    /** Refused now or before, with a quarantine row: it goes to the failed folder. */
    QUARANTINED,
    /** Another poller is handling it right now: it stays, and a later poll sees the result. */
    BUSY
}
