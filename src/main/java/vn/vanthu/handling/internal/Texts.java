package vn.vanthu.handling.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.vanthu.VanThuApplication;
import vn.vanthu.registry.DocumentSummary;

/** Small Vietnamese phrases shared by the handling module's mail and pages. */
final class Texts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private Texts() {}

    /** “291/GD&ĐT”, or what is known of it. */
    static String symbol(String codeNumber, String codeNotation) {
        if (codeNumber == null && codeNotation == null) {
            return "(không rõ số, ký hiệu)";
        }
        return (codeNumber == null ? "" : codeNumber) + (codeNotation == null ? "" : "/" + codeNotation);
    }

    static String symbol(DocumentSummary d) {
        return symbol(d.codeNumber(), d.codeNotation());
    }

    /** “Công văn 291/GD&ĐT – V/v …” for a line of a mail. */
    static String line(DocumentSummary d) {
        return (d.documentType() == null ? "" : d.documentType() + " ")
                + symbol(d)
                + (d.subject() == null ? "" : " – " + d.subject());
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(VanThuApplication.ZONE).format(TIME);
    }

    /** The urgency as printed on the document: “KHẨN”, “THƯỢNG KHẨN”, “HỎA TỐC”. */
    static String urgency(int priority) {
        return switch (priority) {
            case 1 -> "KHẨN";
            case 2 -> "THƯỢNG KHẨN";
            case 3 -> "HỎA TỐC";
            case 4 -> "HỎA TỐC HẸN GIỜ";
            default -> "";
        };
    }

    /** The edXML status in words. */
    static String status(String code) {
        return switch (code) {
            case "01" -> "Đã đến, chưa xử lý";
            case "02" -> "Từ chối tiếp nhận";
            case "03" -> "Đã tiếp nhận và vào sổ";
            case "04" -> "Đã phân công xử lý";
            case "05" -> "Đang xử lý";
            case "06" -> "Đã xử lý xong";
            default -> "Trạng thái " + code;
        };
    }
}
