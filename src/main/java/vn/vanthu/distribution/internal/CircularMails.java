package vn.vanthu.distribution.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.vanthu.directory.Organization;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.SignedLinks;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.mailbox.OutgoingAttachment;
import vn.vanthu.mailbox.OutgoingMail;

/**
 * Writes the e-mails of a delivery: the document itself (Vietnamese plain text and HTML with number, date,
 * subject, issuer and deadline; the PDF or a signed download link; the edXML header; a reply token; a read-receipt
 * request; a signed confirmation link), and the recall notice.
 */
@Component
class CircularMails {

    static final String DELIVERY = "DELIVERY";
    static final String RECALL = "RECALL";
    static final String REMINDER = "REMINDER";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SignedLinks links;

    CircularMails(SignedLinks links) {
        this.links = links;
    }

    /** The subject token by which a reply is matched even when its headers were lost. */
    static String subjectToken(String token) {
        return "[VT-" + token + "]";
    }

    OutgoingMail delivery(
            Letter letter, Organization to, Delivery delivery, List<OutgoingAttachment> files, boolean linkOnly) {
        DocumentMetadata m = letter.metadata();
        String number = m.codeNumber() + "/" + m.codeNotation();
        String confirm = links.confirmation(delivery.token());
        List<String> lines = new ArrayList<>(List.of(
                "Kính gửi: " + to.name(),
                "",
                letter.issuer().name() + " gửi văn bản:",
                "- Số, ký hiệu: " + number,
                "- Ngày ban hành: " + (m.promulgationDate() == null ? "" : DATE.format(m.promulgationDate())),
                "- Loại văn bản: " + m.documentType(),
                "- Trích yếu: " + nullToEmpty(m.subject()),
                "- Cơ quan ban hành: " + nullToEmpty(m.organization())));
        if (m.dueDate() != null) {
            lines.add("- Hạn xử lý: " + DATE.format(m.dueDate()));
        }
        lines.addAll(List.of(
                "",
                linkOnly
                        ? "Tệp văn bản lớn, tải về tại: " + links.download(delivery.token())
                        : "Văn bản đính kèm thư này.",
                delivery.incomingDocumentId() == null
                        ? ""
                        : "Văn bản đã được vào sổ văn bản đến của đơn vị trên VanThu.",
                "",
                "Xác nhận đã nhận văn bản: mở liên kết " + confirm,
                "hoặc trả lời thư này. Nếu văn bản gửi nhầm đơn vị, xin trả lời \"gửi nhầm\" hoặc \"từ chối\" kèm lý do.",
                "",
                "Thư gửi từ hệ thống VanThu của " + letter.issuer().name() + "."));
        String text = String.join("\n", lines);
        return new OutgoingMail(
                DELIVERY,
                to.primaryEmail(),
                subjectToken(delivery.token()) + " " + m.documentType() + " số " + number + ": "
                        + nullToEmpty(m.subject()),
                text,
                html(text, confirm),
                files,
                delivery.token(),
                null,
                List.of(),
                true,
                Map.of("X-VanThu-Delivery", delivery.token()),
                "DELIVERY",
                delivery.id());
    }

    OutgoingMail reminder(Letter letter, Organization to, Delivery delivery) {
        DocumentMetadata m = letter.metadata();
        String number = m.codeNumber() + "/" + m.codeNotation();
        String confirm = links.confirmation(delivery.token());
        String text = String.join(
                "\n",
                "Kính gửi: " + to.name(),
                "",
                letter.issuer().name() + " đã gửi văn bản số " + number + " (" + nullToEmpty(m.subject()) + ")"
                        + " nhưng chưa nhận được xác nhận của đơn vị.",
                "",
                "Xin xác nhận đã nhận: mở liên kết " + confirm,
                "hoặc trả lời thư này. Nếu văn bản gửi nhầm đơn vị, xin trả lời \"gửi nhầm\" kèm lý do.",
                "",
                "Thư nhắc gửi từ hệ thống VanThu của " + letter.issuer().name() + ".");
        return new OutgoingMail(
                REMINDER,
                to.primaryEmail(),
                subjectToken(delivery.token()) + " Nhắc xác nhận văn bản số " + number,
                text,
                html(text, confirm),
                List.of(),
                delivery.token(),
                delivery.messageId(),
                delivery.messageId() == null ? List.of() : List.of(delivery.messageId()),
                false,
                Map.of("X-VanThu-Delivery", delivery.token()),
                "DELIVERY_NOTICE",
                delivery.id());
    }

    OutgoingMail recall(Letter letter, Organization to, Delivery delivery, String reason) {
        DocumentMetadata m = letter.metadata();
        String number = m.codeNumber() + "/" + m.codeNotation();
        String text = String.join(
                "\n",
                "Kính gửi: " + to.name(),
                "",
                letter.issuer().name() + " thu hồi văn bản số " + number + " (" + nullToEmpty(m.subject()) + ").",
                "Lý do: " + nullToEmpty(reason),
                "",
                "Đề nghị đơn vị hủy văn bản đã nhận và không thực hiện theo văn bản này. Bản trên VanThu đã được"
                        + " đánh dấu thu hồi.",
                "",
                "Thư gửi từ hệ thống VanThu của " + letter.issuer().name() + ".");
        return new OutgoingMail(
                RECALL,
                to.primaryEmail(),
                subjectToken(delivery.token()) + " Thu hồi văn bản số " + number,
                text,
                null,
                List.of(),
                delivery.token(),
                delivery.messageId(),
                delivery.messageId() == null ? List.of() : List.of(delivery.messageId()),
                false,
                Map.of("X-VanThu-Delivery", delivery.token(), "X-VanThu-Status", "13"),
                "DELIVERY_NOTICE",
                delivery.id());
    }

    private static String html(String text, String confirm) {
        String escaped = HtmlUtils.htmlEscape(text).replace("\n", "<br>\n");
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:Arial,sans-serif;font-size:14px\">"
                + escaped
                + "<p><a href=\"" + HtmlUtils.htmlEscape(confirm) + "\" style=\"display:inline-block;padding:10px 16px;"
                + "background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px\">Xác nhận đã nhận văn bản</a></p>"
                + "</body></html>";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
