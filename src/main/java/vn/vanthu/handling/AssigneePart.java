package vn.vanthu.handling;

/** The part an assignee takes in handling a document. */
public enum AssigneePart {
    /** Leads the handling (đơn vị, cá nhân chủ trì). */
    LEAD,
    /** Co-operates (đơn vị, cá nhân phối hợp). */
    COOPERATING
}
