package vn.vanthu.directory;

/** What kind of body an organization is; it decides defaults such as who may see whose documents. */
public enum OrganizationKind {
    /** The organization that runs this installation, at the top of its tree. */
    ROOT,
    /** A ministry or another central body. */
    MINISTRY,
    /** A provincial department (Sở). */
    DEPARTMENT,
    /** A district office (Phòng) or a commune/ward People's Committee. */
    OFFICE,
    /** A school or another unit under an office. */
    SCHOOL,
    /** A body outside the tree that sends or receives documents. */
    EXTERNAL,
    /** Anything else. */
    OTHER
}
