package vn.vanthu.extraction;

import java.time.Instant;

/**
 * One digital signature found in a PDF.
 *
 * @param subject the signer certificate's subject DN, or {@code null}
 * @param issuer the signer certificate's issuer DN, or {@code null}
 * @param signedAt the signing time (signed attribute, else the signature dictionary's /M), or {@code null}
 * @param coversWholeFile whether the byte range covers the whole file (nothing appended after signing)
 * @param verified whether the CMS signature verifies against the signed bytes
 * @param appearanceText the visible text of the signature's appearance ("Người ký: …"), or {@code null}
 */
public record PdfSignature(
        String subject,
        String issuer,
        Instant signedAt,
        boolean coversWholeFile,
        boolean verified,
        String appearanceText) {}
