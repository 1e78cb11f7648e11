package vn.vanthu.account;

/** What an account may do; every role sees only its own organization's documents (and below, where said). */
public enum Role {
    /** Manages organizations, accounts, mailboxes and settings; sees the whole tree. */
    ADMIN,
    /** The clerk (văn thư) of an office: registers, distributes, prints registers; sees the office's subtree. */
    CLERK,
    /** A head or leader: sees documents, assigns them, follows deadlines; sees the office's subtree. */
    LEADER,
    /** A unit's own account, named after its head: sees its unit only. */
    UNIT,
    /** The one person a unit's head lets act for the unit: sees that unit only. */
    DELEGATE;

    /** Whether this role sees the organizations below its own. */
    public boolean seesSubtree() {
        return this == ADMIN || this == CLERK || this == LEADER;
    }
}
