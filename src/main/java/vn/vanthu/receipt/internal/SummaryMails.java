package vn.vanthu.receipt.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.mailbox.MailOutbox;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.registry.DocumentSummary;

/**
 * The daily summary to a sender of what is still open: one e-mail per organization per day, claimed in the table
 * {@code receipt_summary} in the same transaction as the outbox row, so two nodes never send it twice.
 */
@Component
class SummaryMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    SummaryMails(JdbcClient jdbc, MailOutbox outbox, OrganizationDirectory organizations, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Transactional
    boolean send(long organizationId, LocalDate day, List<DocumentSummary> documents, List<Delivery> open) {
        Organization sender = organizations.find(organizationId).orElseThrow();
        if (sender.primaryEmail() == null) {
            return false;
        }
        int claimed = jdbc.sql("INSERT INTO receipt_summary (organization_id, summary_day, sent_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(organizationId, day, OffsetDateTime.now(clock))
                .update();
        if (claimed == 0) {
            return false;
        }
        outbox.enqueue(new OutgoingMail(
                "RECEIPT_SUMMARY",
                sender.primaryEmail(),
                "Tổng hợp xác nhận văn bản đi ngày " + DAY.format(day) + ": " + open.size() + " lần gửi chưa xong",
                text(sender, day, documents, open),
                null,
                List.of(),
                null,
                null,
                List.of(),
                false,
                Map.of("Auto-Submitted", "auto-generated"),
                "ORGANIZATION",
                organizationId));
        return true;
    }

    private static String text(
            Organization sender, LocalDate day, List<DocumentSummary> documents, List<Delivery> open) {
        Map<Long, DocumentSummary> byId =
                documents.stream().collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        StringBuilder text = new StringBuilder("Kính gửi: " + sender.name() + "\n\nĐến ngày " + DAY.format(day)
                + ", các lần gửi văn bản sau chưa được đơn vị nhận xác nhận, hoặc gửi không thành công:\n");
        Map<Long, List<Delivery>> byDocument = open.stream().collect(Collectors.groupingBy(Delivery::documentId));
        for (var entry : byDocument.entrySet()) {
            DocumentSummary document = byId.get(entry.getKey());
            text.append("\nVăn bản số ")
                    .append(document.codeNumber())
                    .append('/')
                    .append(document.codeNotation())
                    .append(" – ")
                    .append(document.subject() == null ? "" : document.subject())
                    .append('\n');
            for (Delivery delivery : entry.getValue()) {
                text.append("  - ")
                        .append(delivery.organizationName())
                        .append(": ")
                        .append(state(delivery))
                        .append('\n');
            }
        }
        return text.append("\nXem bảng theo dõi phát hành trên VanThu để gửi lại hoặc liên hệ đơn vị.\n")
                .toString();
    }

    private static String state(Delivery delivery) {
        return switch (delivery.status()) {
            case PENDING -> "chờ gửi";
            case SENT -> "đã gửi, chưa xác nhận";
            case FAILED -> "gửi lỗi" + (delivery.detail() == null ? "" : " (" + delivery.detail() + ")");
            case BOUNCED -> "bị trả lại" + (delivery.detail() == null ? "" : " (" + delivery.detail() + ")");
            default -> delivery.status().name();
        };
    }
}
