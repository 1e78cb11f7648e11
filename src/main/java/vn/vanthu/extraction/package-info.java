/**
 * Reads official documents: text through Tika and PDFBox under limits, OCR for scans, legacy Vietnamese fonts, edXML, PDF signatures, and the NĐ 30 header fields; also the {@code extract} command.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.extraction.internal}. Allowed dependencies:
 * mime.
 */
@ApplicationModule(
        displayName = "Extraction",
        allowedDependencies = {"mime"})
package vn.vanthu.extraction;

import org.springframework.modulith.ApplicationModule;
