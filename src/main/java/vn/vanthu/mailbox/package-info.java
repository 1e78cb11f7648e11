/**
 * Mailbox settings, the intake routes, the raw message store, the dedupe ledger, quarantine, and the outbox that sends the gateway's mail.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.mailbox.internal}. Allowed dependencies:
 * mime, storage.
 */
@ApplicationModule(
        displayName = "Mailbox",
        allowedDependencies = {"mime", "storage"})
package vn.vanthu.mailbox;

import org.springframework.modulith.ApplicationModule;
