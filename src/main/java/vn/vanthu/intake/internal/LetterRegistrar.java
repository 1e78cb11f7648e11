package vn.vanthu.intake.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.intake.IntakeProperties;
import vn.vanthu.mailbox.ReceivedMessage;
import vn.vanthu.mime.ParsedMail;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.NewIncomingDocument;

/** Takes the letters of a message into the receiver's books: registered at once, or pending with the reason. */
@Component
class LetterRegistrar {

    private final DocumentRegistry registry;
    private final OrganizationDirectory organizations;
    private final RegistrationPolicy policy;
    private final AcknowledgementPolicy acknowledgements;
    private final IntakeProperties properties;

    LetterRegistrar(
            DocumentRegistry registry,
            OrganizationDirectory organizations,
            RegistrationPolicy policy,
            AcknowledgementPolicy acknowledgements,
            IntakeProperties properties) {
        this.registry = registry;
        this.organizations = organizations;
        this.policy = policy;
        this.acknowledgements = acknowledgements;
        this.properties = properties;
    }

    List<DocumentSummary> take(Organization receiver, ReceivedMessage message, ParsedMail mail, List<Letter> letters) {
        String sender = mail.from() == null ? null : mail.from().address();
        boolean known =
                properties.trusts(sender) || !organizations.findByEmail(sender).isEmpty();
        boolean acknowledge = acknowledgements.allows(mail);
        return letters.stream()
                .map(letter -> {
                    String pendingReason = policy.pendingReason(receiver, letter, sender, known);
                    return registry.receive(new NewIncomingDocument(
                            receiver.id(),
                            letter.metadata(),
                            letter.text(),
                            letter.files(),
                            pendingReason == null,
                            pendingReason,
                            sender,
                            "Thư điện tử, hộp " + message.mailboxId() + ": " + letter.source(),
                            message.inboundMessageId(),
                            letter.sourcePart(),
                            mail.messageId(),
                            acknowledge));
                })
                .toList();
    }
}
