package vn.vanthu.account;

/**
 * A login name and the temporary password just given to it; the password is shown once and never stored in
 * clear.
 *
 * @param accountId the account
 * @param username the login name
 * @param temporaryPassword the password to change at first login
 */
public record IssuedCredentials(long accountId, String username, String temporaryPassword) {}
