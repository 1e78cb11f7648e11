package vn.vanthu.handling;

/**
 * A unit or person a document is assigned to: an organization of the directory, an account, or only a name (a
 * teacher without an account).
 *
 * @param part lead or co-operating
 * @param organizationId the unit, or {@code null}
 * @param accountId the person's account, or {@code null}
 * @param name the name shown and printed in the follow-up register
 */
public record Assignee(AssigneePart part, Long organizationId, Long accountId, String name) {

    public Assignee {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Thiếu tên đơn vị hoặc người được giao.");
        }
        name = name.trim();
    }

    /** Whether this is a unit of the directory. */
    public boolean isUnit() {
        return organizationId != null;
    }

    /** The same assignee with another part. */
    public Assignee as(AssigneePart other) {
        return new Assignee(other, organizationId, accountId, name);
    }
}
