package vn.vanthu.registry;

import java.util.List;
import vn.vanthu.extraction.DocumentMetadata;

/**
 * A document with everything known about it.
 *
 * @param summary its register line
 * @param metadata every header field
 * @param pendingReason why it waits, or {@code null}
 * @param source where it came from
 * @param files its files
 * @param history what happened to it, oldest first
 */
public record DocumentDetails(
        DocumentSummary summary,
        DocumentMetadata metadata,
        String pendingReason,
        String source,
        List<DocumentFile> files,
        List<DocumentEvent> history) {}
