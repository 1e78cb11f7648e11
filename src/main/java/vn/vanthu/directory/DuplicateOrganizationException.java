package vn.vanthu.directory;

/** Thrown when a new organization's code is already taken. */
public class DuplicateOrganizationException extends RuntimeException {

    public DuplicateOrganizationException(String code) {
        super("Mã đơn vị đã được dùng: " + code);
    }
}
