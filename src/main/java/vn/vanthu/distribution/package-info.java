/**
 * Outgoing documents, deliveries to units (inside VanThu and by e-mail), reminders and recall.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.distribution.internal}. Allowed dependencies:
 * registry, directory, mailbox, extraction, account, storage.
 */
@ApplicationModule(
        displayName = "Distribution",
        allowedDependencies = {"registry", "directory", "mailbox", "extraction", "account", "storage"})
package vn.vanthu.distribution;

import org.springframework.modulith.ApplicationModule;
