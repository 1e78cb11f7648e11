/**
 * Accounts named after the head of each unit, passwords, delegates, handover, and the security configuration.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.account.internal}. Allowed dependencies:
 * directory.
 */
@ApplicationModule(
        displayName = "Account",
        allowedDependencies = {"directory"})
package vn.vanthu.account;

import org.springframework.modulith.ApplicationModule;
