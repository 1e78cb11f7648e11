package vn.vanthu.account;

import java.util.List;
import vn.vanthu.directory.OrganizationKind;

/**
 * A command to add a unit with its account named after its head.
 *
 * @param parentId the organization above it; {@code null} for the caller's own organization
 * @param name the full name
 * @param code the short code, unique
 * @param emails its official addresses
 * @param headName the head's full name, which names the account
 * @param kind what kind of body it is; {@code null} for a school
 * @param organId its edXML OrganId, or {@code null}
 */
public record NewUnit(
        Long parentId,
        String name,
        String code,
        List<String> emails,
        String headName,
        OrganizationKind kind,
        String organId) {

    public NewUnit {
        emails = emails == null ? List.of() : List.copyOf(emails);
        kind = kind == null ? OrganizationKind.SCHOOL : kind;
    }
}
