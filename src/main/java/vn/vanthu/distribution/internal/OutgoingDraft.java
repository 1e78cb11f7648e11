package vn.vanthu.distribution.internal;

import java.io.Serializable;

/**
 * An uploaded file waiting for the clerk to check its fields, kept in the clerk's session (so a form can never
 * point at a file it did not upload).
 *
 * @param id the draft's random id, posted back by the form
 * @param fileName the uploaded file's name
 * @param mediaType its media type
 * @param sha256 its blob
 * @param reservedDocumentId the reserved number it completes, or {@code null}
 */
record OutgoingDraft(String id, String fileName, String mediaType, String sha256, Long reservedDocumentId)
        implements Serializable {}
