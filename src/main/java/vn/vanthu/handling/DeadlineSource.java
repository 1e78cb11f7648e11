package vn.vanthu.handling;

/** Where a handling deadline (thời hạn giải quyết) comes from. */
public enum DeadlineSource {
    /** The document's own due date (edXML DueDate), read from it or typed by the clerk at registration. */
    DOCUMENT,
    /** Set or typed by the leader in the assignment, or extended later. */
    ASSIGNMENT,
    /** No deadline. */
    NONE
}
