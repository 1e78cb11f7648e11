package vn.vanthu.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks edXML OrganIds: 13 characters in four dot-separated groups, such as {@code 000.00.00.H41}. */
public final class OrganId {

    // QCVN 102:2016 codes: three, two and two characters for the levels, then three for the body itself.
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[0-9A-Z]{3}");

    private OrganId() {}

    /** The OrganId in upper case, {@code null} for a blank one; throws when it is not a valid OrganId. */
    public static String normalize(String organId) {
        if (organId == null || organId.isBlank()) {
            return null;
        }
        String value = organId.trim().toUpperCase(Locale.ROOT);
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "Mã định danh (OrganId) không hợp lệ, cần dạng 000.00.00.H41: " + organId);
        }
        return value;
    }

    /** Whether the text is an OrganId of the right shape. */
    public static boolean isValid(String organId) {
        return organId != null
                && organId.length() == 13
                && FORMAT.matcher(organId).matches();
    }
}
