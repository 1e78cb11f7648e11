/**
 * Reads raw messages leniently (multipart, nested messages, RFC 2047/2231 names, charsets, TNEF) and classifies them with small predicates.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.mime.internal}. Allowed dependencies:
 * none.
 */
@ApplicationModule(
        displayName = "MIME",
        allowedDependencies = {})
package vn.vanthu.mime;

import org.springframework.modulith.ApplicationModule;
