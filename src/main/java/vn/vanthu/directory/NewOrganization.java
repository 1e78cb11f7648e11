package vn.vanthu.directory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A command to add an organization to the directory; blank values become {@code null} and the OrganId and
 * addresses are checked here, so an invalid command never reaches the database.
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
        String headName) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public NewOrganization {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Thiếu tên đơn vị.");
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Thiếu mã đơn vị.");
        }
        kind = kind == null ? OrganizationKind.OTHER : kind;
        emails = emails == null
                ? List.of()
                : emails.stream()
                        .filter(e -> e != null && !e.isBlank())
                        .map(e -> e.trim().toLowerCase(Locale.ROOT))
                        .toList();
        for (String email : emails) {
            if (!EMAIL.matcher(email).matches()) {
                throw new IllegalArgumentException("Địa chỉ thư không hợp lệ: " + email);
            }
        }
        organId = OrganId.normalize(organId);
        headName = headName == null || headName.isBlank() ? null : headName.trim();
    }
}
