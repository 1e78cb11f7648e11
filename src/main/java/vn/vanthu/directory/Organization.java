package vn.vanthu.directory;

import java.util.List;

/**
 * An organization in the directory.
 *
 * @param id the identifier
 * @param parentId the organization above it, or {@code null} for the root and external bodies
 * @param name the full name ("Trường Tiểu học Chiềng Lề")
 * @param code the short code used in document symbols ("THCL"), unique
 * @param kind what kind of body it is
 * @param emails its official e-mail addresses, lower case
 * @param organId its edXML OrganId (13 characters such as {@code 000.00.00.H41}), or {@code null}
 * @param headName the head's full name, or {@code null}
 */
public record Organization(
        long id,
        Long parentId,
        String name,
        String code,
        OrganizationKind kind,
        List<String> emails,
        String organId,
        String headName) {

    public Organization {
        emails = List.copyOf(emails);
    }

    /** The first official address, or {@code null}. */
    public String primaryEmail() {
        return emails.isEmpty() ? null : emails.get(0);
    }
}
