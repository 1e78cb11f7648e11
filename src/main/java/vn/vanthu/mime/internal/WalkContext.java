package vn.vanthu.mime.internal;

import jakarta.mail.Session;

/**
 * What one read shares across the whole tree, nested messages included: the mail session, the file names
 * already given, and the limits that keep hostile input from taking unbounded time or memory.
 */
final class WalkContext {

    /** The most entities (leaves, multiparts and messages) read from one message. */
    static final int MAX_ENTITIES = 1_000;

    /** The deepest nesting of multiparts and messages followed. */
    static final int MAX_DEPTH = 10;

    final Session session;
    final FileNames names = new FileNames();
    private int entities;
    private boolean truncated;

    WalkContext(Session session) {
        this.session = session;
    }

    /** Counts one more entity; {@code false} once the limit is passed. */
    boolean admit() {
        return ++entities <= MAX_ENTITIES;
    }

    /** Whether the entity limit was reported already, and marks it reported. */
    boolean reportTruncation() {
        boolean first = !truncated;
        truncated = true;
        return first;
    }
}
