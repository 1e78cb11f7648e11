package vn.vanthu.account;

import vn.vanthu.directory.Organization;

/**
 * A unit just added, with the credentials of its account.
 *
 * @param organization the unit
 * @param account the login name and temporary password of its account
 */
public record EnrolledUnit(Organization organization, IssuedCredentials account) {}
