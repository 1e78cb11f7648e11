package vn.vanthu.intake.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.intake.IntakeProperties;
import vn.vanthu.intake.MailClassified;
import vn.vanthu.mailbox.HandlingResult;
import vn.vanthu.mailbox.ReceivedMessage;
import vn.vanthu.mailbox.ReceivedMessageHandler;
import vn.vanthu.mailbox.UnprocessableMessageException;
import vn.vanthu.mime.MailAddress;
import vn.vanthu.mime.MessageClass;
import vn.vanthu.mime.ParsedMail;
import vn.vanthu.registry.DocumentSummary;

/**
 * The pipeline from a stored message to the incoming register: size gate, MIME reading, classification, then
 * for official documents reading, grouping and registration (or the pending queue).
 */
@Component
class MailPipeline implements ReceivedMessageHandler {

    private final IntakeProperties properties;
    private final PreparedMessages prepared;
    private final OrganizationDirectory organizations;
    private final LetterReader letters;
    private final LetterRegistrar registrar;
    private final ApplicationEventPublisher events;

    MailPipeline(
            IntakeProperties properties,
            PreparedMessages prepared,
            OrganizationDirectory organizations,
            LetterReader letters,
            LetterRegistrar registrar,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.prepared = prepared;
        this.organizations = organizations;
        this.letters = letters;
        this.registrar = registrar;
        this.events = events;
    }

    @Override
    public HandlingResult handle(ReceivedMessage message) {
        long limit = properties.maxMessageSize().toBytes();
        if (message.rawSize() > limit) {
            throw new UnprocessableMessageException(
                    "TOO_LARGE",
                    "Thư quá lớn: " + megabytes(message.rawSize()) + " MB, giới hạn " + megabytes(limit) + " MB.");
        }
        PreparedMessages.Prepared read = prepared.take(message.rawSha256())
                .orElseGet(() -> prepared.read(message.mailboxId(), message.rawFile()));
        ParsedMail mail = read.mail();
        MessageClass messageClass = read.messageClass();
        events.publishEvent(classified(message, mail, messageClass));
        if (messageClass != MessageClass.OFFICIAL_DOCUMENT) {
            return new HandlingResult(messageClass.name(), "Đã ghi nhận thư loại " + messageClass.name());
        }
        Organization receiver = receiver(message.organizationCode());
        List<Letter> found = letters.letters(message, read.parts());
        if (found.isEmpty()) {
            return new HandlingResult(messageClass.name(), "Không tìm thấy văn bản nào đọc được trong thư");
        }
        List<DocumentSummary> taken = registrar.take(receiver, message, mail, found);
        return new HandlingResult(messageClass.name(), Notes.of(taken));
    }

    @Override
    public void prepare(String mailboxId, java.nio.file.Path rawFile, String rawSha256) {
        if (rawFile.toFile().length() <= properties.maxMessageSize().toBytes()) {
            prepared.start(mailboxId, rawFile, rawSha256);
        }
    }

    private Organization receiver(String code) {
        if (code == null || code.isBlank()) {
            return organizations.root();
        }
        return organizations
                .findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Hộp thư nhận cho đơn vị không tồn tại: " + code));
    }

    private static MailClassified classified(ReceivedMessage message, ParsedMail mail, MessageClass messageClass) {
        return new MailClassified(
                message.inboundMessageId(),
                messageClass.name(),
                mail.from() == null ? null : mail.from().address(),
                mail.to().stream().map(MailAddress::address).toList(),
                mail.subject(),
                mail.messageId(),
                mail.inReplyTo(),
                mail.references(),
                message.rawSha256());
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
