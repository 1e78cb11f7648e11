/**
 * Handling of incoming documents after registration (NĐ 30 Điều 23–24): assignment to a lead and co-operating
 * units or persons with a deadline and a directive, progress 04 → 05 → 06, the reply document, the follow-up
 * register, deadline lists and reminders, urgent notices to leaders, status reports back to senders, and the daily
 * digest.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.handling.internal}. Allowed dependencies:
 * registry, directory, account, mailbox, extraction, storage.
 */
@ApplicationModule(
        displayName = "Handling",
        allowedDependencies = {"registry", "directory", "account", "mailbox", "extraction", "storage"})
package vn.vanthu.handling;

import org.springframework.modulith.ApplicationModule;
