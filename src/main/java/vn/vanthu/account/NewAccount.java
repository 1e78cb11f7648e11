package vn.vanthu.account;

/**
 * A command to create an account.
 *
 * @param username the login name
 * @param rawPassword the password in clear, hashed before it is stored
 * @param passwordTemporary whether it must be changed at first login
 * @param fullName the person's full name
 * @param email the person's e-mail, or {@code null}
 * @param organizationId the organization the account acts for
 * @param role what it may do
 */
public record NewAccount(
        String username,
        String rawPassword,
        boolean passwordTemporary,
        String fullName,
        String email,
        long organizationId,
        Role role) {}
