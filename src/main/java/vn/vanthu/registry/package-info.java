/**
 * Registers (sổ), gap-free numbering, documents, attachments and the audit of every change.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.registry.internal}. Allowed dependencies:
 * directory, extraction, account, storage.
 */
@ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"directory", "extraction", "account", "storage"})
package vn.vanthu.registry;

import org.springframework.modulith.ApplicationModule;
