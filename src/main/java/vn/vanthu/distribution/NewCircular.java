package vn.vanthu.distribution;

import java.util.List;

/**
 * A command to issue an outgoing document and send it.
 *
 * @param organizationId the issuing organization (the caller's)
 * @param actor who issues it, for the history
 * @param file the document (PDF or DOCX)
 * @param overrides fields the clerk set or corrected; they win over what was read from the file
 * @param unitCode the drafting unit for a công văn's symbol ({@code VP}), or {@code null} for the default
 * @param recipients the recipient organizations
 */
public record NewCircular(
        long organizationId,
        String actor,
        UploadedFile file,
        MetadataOverrides overrides,
        String unitCode,
        List<Long> recipients) {

    public NewCircular {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        overrides = overrides == null ? MetadataOverrides.none() : overrides;
    }
}
