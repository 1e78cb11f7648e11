package vn.vanthu.receipt.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vanthu.VanThuApplication;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.mailbox.MailOutbox;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.receipt.Acknowledgements;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentRegistered;

/**
 * Tells the sender of an incoming letter, the same day, that it was received and registered (NĐ 30 Điều 21.2;
 * edXML status 03), as an automatic reply threaded under the original.
 *
 * <p>The registry's event survives a restart (Modulith's JDBC publication registry), so an acknowledgement is not
 * lost when the gateway stops between registering and sending.
 */
@Component
class AcknowledgementSender {

    static final String KIND = "ACKNOWLEDGEMENT";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final MailOutbox outbox;
    private final OrganizationDirectory organizations;

    AcknowledgementSender(MailOutbox outbox, OrganizationDirectory organizations) {
        this.outbox = outbox;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(DocumentRegistered registered) {
        if (registered.direction() != Direction.INCOMING
                || !registered.acknowledge()
                || registered.senderEmail() == null
                || registered.senderEmail().equalsIgnoreCase(outbox.gatewayAddress())) {
            return;
        }
        Organization receiver = organizations.find(registered.organizationId()).orElseThrow();
        outbox.enqueue(mail(registered, receiver));
    }

    private OutgoingMail mail(DocumentRegistered registered, Organization receiver) {
        String number = Acknowledgements.numberAndSymbol(registered.codeNumber(), registered.codeNotation());
        String subject = "Xác nhận đã nhận văn bản " + number + " (số đến " + registered.registerNumber() + ")";
        String when = registered
                .registeredAt()
                .atZoneSameInstant(VanThuApplication.ZONE)
                .format(TIME);
        String text = String.join(
                "\n",
                "Kính gửi Quý cơ quan,",
                "",
                receiver.name() + " đã nhận và vào sổ văn bản đến:",
                "- Văn bản: " + number + (registered.subject() == null ? "" : " – " + registered.subject()),
                "- Số đến: " + registered.registerNumber(),
                "- Thời gian vào sổ: " + when,
                "",
                "Thư này được gửi tự động theo Điều 21 Nghị định 30/2020/NĐ-CP (trạng thái 03: đã tiếp nhận và"
                        + " vào sổ). Xin không trả lời thư này.",
                "",
                "VanThu – " + receiver.name());
        List<String> references = new ArrayList<>();
        if (registered.replyToMessageId() != null) {
            references.add(registered.replyToMessageId());
        }
        return new OutgoingMail(
                KIND,
                registered.senderEmail(),
                subject,
                text,
                null,
                List.of(),
                null,
                registered.replyToMessageId(),
                references,
                false,
                Map.of(
                        "Auto-Submitted",
                        "auto-replied",
                        "X-Auto-Response-Suppress",
                        "All",
                        Acknowledgements.STATUS_HEADER,
                        "03",
                        Acknowledgements.ARRIVAL_NUMBER_HEADER,
                        Integer.toString(registered.registerNumber()),
                        Acknowledgements.ARRIVAL_DATE_HEADER,
                        registered
                                .registeredAt()
                                .atZoneSameInstant(VanThuApplication.ZONE)
                                .format(DATE)),
                "DOCUMENT",
                registered.documentId());
    }
}
