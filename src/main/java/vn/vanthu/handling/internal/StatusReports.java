package vn.vanthu.handling.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.mailbox.MailOutbox;
import vn.vanthu.mailbox.OutgoingAttachment;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.registry.DocumentStatusChanged;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.storage.StoredBlob;

/**
 * Reports the handling status of a document back to the office that sent it (edXML 02 refused, 04 assigned, 05 in
 * progress, 06 done), with the edXML status package attached, when that office is set to want such reports. Status
 * 03 is the acknowledgement the receipt module already sends; it is never sent twice.
 */
@Component
class StatusReports {

    static final String KIND = "STATUS_REPORT";
    /** The same header the receipt module's acknowledgement carries, so one reader takes both. */
    static final String STATUS_HEADER = "X-VanThu-Status";

    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final MailOutbox outbox;
    private final BlobStore blobs;
    private final SentRecords sent;

    StatusReports(
            OrganizationDirectory organizations,
            AccountDirectory accounts,
            MailOutbox outbox,
            BlobStore blobs,
            SentRecords sent) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.outbox = outbox;
        this.blobs = blobs;
        this.sent = sent;
    }

    @ApplicationModuleListener
    void on(DocumentStatusChanged changed) {
        String code = changed.status().edxmlCode();
        if (code == null || "03".equals(code) || changed.senderEmail() == null) {
            return;
        }
        String sender = changed.senderEmail().trim();
        if (sender.equalsIgnoreCase(outbox.gatewayAddress())) {
            return;
        }
        Optional<Organization> senderOffice = organizations.findByEmail(sender).stream()
                .filter(o -> organizations.wantsStatusReports(o.id()))
                .findFirst();
        if (senderOffice.isEmpty()
                || !sent.firstStatusReport(changed.documentId(), code, changed.changedAt(), sender)) {
            return;
        }
        Organization receiver = organizations.find(changed.organizationId()).orElseThrow();
        outbox.enqueue(mail(changed, code, receiver, senderOffice.get(), sender));
    }

    private OutgoingMail mail(
            DocumentStatusChanged changed, String code, Organization receiver, Organization office, String sender) {
        Optional<Account> staff = staff(changed.actor());
        String detail = publicDetail(changed);
        String description = Texts.status(code) + (detail == null ? "" : ": " + detail);
        byte[] xml = EdxmlStatus.write(new EdxmlStatus.Report(
                receiver,
                office,
                sender,
                changed.codeNumber(),
                changed.codeNotation(),
                changed.promulgationDate(),
                code,
                description,
                changed.changedAt(),
                staff.map(Account::fullName).orElse(changed.actor()),
                staff.map(Account::email).orElse(null),
                staff.map(Account::phone).orElse(null)));
        StoredBlob blob;
        try {
            blob = blobs.put(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String symbol = Texts.symbol(changed.codeNumber(), changed.codeNotation());
        String text = String.join(
                "\n",
                "Kính gửi " + office.name() + ",",
                "",
                receiver.name() + " thông báo tình trạng xử lý văn bản " + symbol
                        + (changed.subject() == null ? "" : " – " + changed.subject()) + ":",
                "- Trạng thái: " + code + " – " + description,
                "- Thời gian: " + Texts.time(changed.changedAt()),
                "",
                "Gói tin trạng thái edXML (QCVN 102:2016/BTTTT) kèm theo thư này. Thư được gửi tự động, xin không trả"
                        + " lời.",
                "",
                "VanThu – " + receiver.name());
        List<String> references = changed.replyToMessageId() == null ? List.of() : List.of(changed.replyToMessageId());
        return new OutgoingMail(
                KIND,
                sender,
                "Trạng thái xử lý văn bản " + symbol + ": " + Texts.status(code) + " (" + code + ")",
                text,
                null,
                List.of(new OutgoingAttachment("trang-thai-" + code + ".edxml", "application/xml", blob.sha256())),
                null,
                changed.replyToMessageId(),
                references,
                false,
                Map.of("Auto-Submitted", "auto-generated", "X-Auto-Response-Suppress", "All", STATUS_HEADER, code),
                "DOCUMENT",
                changed.documentId());
    }

    /** What the sender may read: the refusal's reason and the reply's number, not the leader's directive. */
    private static String publicDetail(DocumentStatusChanged changed) {
        return switch (changed.status()) {
            case REFUSED, DONE -> changed.detail();
            default -> null;
        };
    }

    /** The account behind an actor (“a” or “a thay mặt b”: the one who acted is a). */
    private Optional<Account> staff(String actor) {
        if (actor == null) {
            return Optional.empty();
        }
        String username = actor.split(" thay mặt ", 2)[0].trim();
        return accounts.findByUsername(username);
    }
}
