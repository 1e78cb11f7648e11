package vn.vanthu.account;

/**
 * A user account.
 *
 * @param id the identifier
 * @param username the login name
 * @param fullName the person's full name
 * @param email the person's e-mail, or {@code null}
 * @param phone the person's phone, or {@code null}
 * @param organizationId the organization the account acts for
 * @param role what it may do
 * @param passwordTemporary whether the password must be changed before anything else
 * @param enabled whether it may log in
 */
public record Account(
        long id,
        String username,
        String fullName,
        String email,
        String phone,
        long organizationId,
        Role role,
        boolean passwordTemporary,
        boolean enabled) {}
