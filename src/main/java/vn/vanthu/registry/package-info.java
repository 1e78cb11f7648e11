/**
 * Registers (sổ), gap-free numbering, documents, attachments and the audit of every change.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.registry.internal}. Allowed dependencies:
 * directory.
 */
@ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"directory"})
package vn.vanthu.registry;

import org.springframework.modulith.ApplicationModule;
