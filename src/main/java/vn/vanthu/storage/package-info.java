/**
 * The data folder and the content-addressed blob store: raw mail, attachments and generated files, each
 * stored once under its SHA-256 and never rewritten.
 *
 * <p>API: the types in this package. Allowed dependencies: none.
 */
@ApplicationModule(
        displayName = "Storage",
        allowedDependencies = {})
package vn.vanthu.storage;

import org.springframework.modulith.ApplicationModule;
