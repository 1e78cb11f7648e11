/**
 * The pipeline from a received message to the incoming register: read, classify, extract, register or hold for the clerk.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.intake.internal}. Allowed dependencies:
 * mailbox, mime, extraction, registry, directory, storage.
 */
@ApplicationModule(
        displayName = "Intake",
        allowedDependencies = {"mailbox", "mime", "extraction", "registry", "directory", "storage"})
package vn.vanthu.intake;

import org.springframework.modulith.ApplicationModule;
