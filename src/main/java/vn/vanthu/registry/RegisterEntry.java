package vn.vanthu.registry;

import vn.vanthu.extraction.DocumentMetadata;

/**
 * One line of a printed register: the register line and every header field.
 *
 * @param summary the register line
 * @param metadata the header fields (signer, addressees, …)
 */
public record RegisterEntry(DocumentSummary summary, DocumentMetadata metadata) {}
