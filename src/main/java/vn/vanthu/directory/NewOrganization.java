package vn.vanthu.directory;

import java.util.List;

/**
 * A command to add an organization to the directory.
 *
 * @param parentId the organization above it, or {@code null} for an external body
 * @param name the full name
 * @param code the short code, unique
 * @param kind what kind of body it is
 * @param emails its official e-mail addresses
 * @param organId its edXML OrganId, or {@code null}
 * @param headName the head's full name, or {@code null}
 */
public record NewOrganization(
        Long parentId,
        String name,
        String code,
        OrganizationKind kind,
        List<String> emails,
        String organId,
        String headName) {}
