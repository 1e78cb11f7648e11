package vn.vanthu.extraction.internal;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Turns what went wrong while reading into a reason a clerk can read, in Vietnamese. */
final class Failures {

    private Failures() {}

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof InvalidPasswordException) {
                return "Tệp PDF được bảo vệ bằng mật khẩu, không đọc được nội dung.";
            }
            if (message.contains("zip bomb")
                    || message.contains("compression ratio")
                    || message.contains("suspected")) {
                return "Tệp có dấu hiệu nén bất thường (zip bomb) nên không được đọc.";
            }
            if (t instanceof OutOfMemoryError) {
                return "Tệp cần quá nhiều bộ nhớ để đọc nên đã bị bỏ qua.";
            }
            if (t.getMessage() != null && t.getMessage().startsWith("Quá thời gian")
                    || t.getMessage() != null && t.getMessage().startsWith("Hệ thống đang bận")) {
                return t.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "Không đọc được tệp: " + detail;
    }
}
