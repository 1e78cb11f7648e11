package vn.vanthu.handling.internal;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vanthu.account.Account;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.mailbox.MailOutbox;
import vn.vanthu.mailbox.OutgoingAttachment;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentRegistered;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;

/**
 * Urgent documents (Khẩn, Thượng khẩn, Hỏa tốc) “are registered and passed on at once” (NĐ 30): as soon as one is
 * registered, each leader of the organization gets it by e-mail with its file, once.
 */
@Component
class UrgentNotices {

    static final String KIND = "URGENT_NOTICE";

    private final DocumentRegistry registry;
    private final MailAddresses addresses;
    private final MailOutbox outbox;
    private final SentRecords sent;
    private final OrganizationDirectory organizations;
    private final String baseUrl;

    UrgentNotices(
            DocumentRegistry registry,
            MailAddresses addresses,
            MailOutbox outbox,
            SentRecords sent,
            OrganizationDirectory organizations,
            @Value("${vanthu.distribution.base-url:http://localhost:8080}") String baseUrl) {
        this.registry = registry;
        this.addresses = addresses;
        this.outbox = outbox;
        this.sent = sent;
        this.organizations = organizations;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    // Most documents are not urgent: decided from the event, before a publication is even stored.
    @ApplicationModuleListener(
            condition = "#registered.direction().name() == 'INCOMING' and #registered.priority() >= 1")
    void on(DocumentRegistered registered) {
        DocumentDetails document = registry.find(registered.documentId()).orElse(null);
        if (document == null || document.metadata().priority() < 1) {
            return;
        }
        List<Account> leaders = addresses.leadersOf(registered.organizationId());
        String names = String.join(", ", leaders.stream().map(Account::username).toList());
        if (!sent.firstUrgentNotice(registered.documentId(), names)) {
            return;
        }
        if (leaders.isEmpty()) {
            registry.record(
                    registered.documentId(),
                    DocumentRegistry.SYSTEM,
                    "URGENT_UNSENT",
                    "Văn bản khẩn nhưng lãnh đạo chưa có địa chỉ thư điện tử");
            return;
        }
        for (Account leader : leaders) {
            outbox.enqueue(mail(document, leader));
        }
        registry.record(
                registered.documentId(), DocumentRegistry.SYSTEM, "URGENT_NOTIFIED", "Đã chuyển ngay cho " + names);
    }

    private OutgoingMail mail(DocumentDetails document, Account leader) {
        DocumentSummary d = document.summary();
        String urgency = Texts.urgency(d.priority());
        String organization =
                organizations.find(d.organizationId()).map(o -> o.name()).orElse("");
        String text = String.join(
                "\n",
                "Kính gửi " + leader.fullName() + ",",
                "",
                organization + " vừa nhận một văn bản " + urgency.toLowerCase() + ":",
                "- Văn bản: " + Texts.line(d),
                "- Cơ quan ban hành: " + (d.organization() == null ? "" : d.organization()),
                "- Số đến: " + d.registerNumber() + ", vào sổ lúc " + Texts.time(d.registeredAt()),
                document.metadata().dueDate() == null
                        ? ""
                        : "- Hạn xử lý: " + Texts.day(document.metadata().dueDate()),
                "",
                "Xem và phân công xử lý: " + baseUrl + "/documents/" + d.id() + "/handling",
                "",
                "Thư này được gửi tự động vì văn bản có độ khẩn \"" + urgency + "\".");
        List<OutgoingAttachment> files = document.files().stream()
                .filter(f -> "ORIGINAL".equals(f.role()))
                .map(f -> new OutgoingAttachment(f.fileName(), f.mediaType(), f.sha256()))
                .toList();
        return new OutgoingMail(
                KIND,
                leader.email(),
                "[" + urgency + "] Văn bản đến số " + d.registerNumber() + ": " + Texts.symbol(d)
                        + (d.subject() == null ? "" : " – " + d.subject()),
                text,
                null,
                files,
                null,
                null,
                List.of(),
                false,
                Map.of("Auto-Submitted", "auto-generated", "Importance", "high", "X-Priority", "1"),
                "DOCUMENT",
                d.id());
    }
}
