package vn.vanthu.distribution.internal;

import java.util.List;
import vn.vanthu.directory.Organization;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.registry.NewFile;

/**
 * An issued outgoing document as its deliveries need it.
 *
 * @param documentId the outgoing document
 * @param issuer the issuing organization
 * @param metadata its fields, with the issued number
 * @param text its text
 * @param files the document file first, then the edXML package
 */
record Letter(long documentId, Organization issuer, DocumentMetadata metadata, String text, List<NewFile> files) {}
