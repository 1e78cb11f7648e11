/**
 * Receipt confirmations: replies, read receipts, links, bounces, and the gateway's own acknowledgements.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.receipt.internal}. Allowed dependencies:
 * mailbox, mime, registry, directory, distribution, intake, storage, account.
 */
@ApplicationModule(
        displayName = "Receipt",
        allowedDependencies = {
            "mailbox",
            "mime",
            "registry",
            "directory",
            "distribution",
            "intake",
            "storage",
            "account"
        })
package vn.vanthu.receipt;

import org.springframework.modulith.ApplicationModule;
