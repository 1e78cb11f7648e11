package vn.vanthu.extraction;

/**
 * The signer block of a document (edXML SignerInfo).
 *
 * @param competence the authority line ("KT. TRƯỞNG PHÒNG", "TM. ỦY BAN NHÂN DÂN"), or {@code null} when the
 *     signer signs in their own title
 * @param position the signer's title
 * @param fullName the signer's full name
 */
public record SignerInfo(String competence, String position, String fullName) {

    /** A signer block with nothing read. */
    public static SignerInfo empty() {
        return new SignerInfo(null, null, null);
    }
}
