package vn.vanthu.registry;

/** Whether a document came in (văn bản đến) or goes out (văn bản đi). */
public enum Direction {
    INCOMING,
    OUTGOING
}
