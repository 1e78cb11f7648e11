package vn.vanthu.distribution.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vanthu.VanThuApplication;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.IssuedCircular;
import vn.vanthu.distribution.NewCircular;
import vn.vanthu.distribution.ReservedNumber;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.NewFile;
import vn.vanthu.registry.NewOutgoingDocument;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.storage.StoredBlob;

/** The work behind {@link vn.vanthu.distribution.Circulars}; runs inside its transactions. */
@Component
public class CircularIssuer {

    private final DocumentReader reader;
    private final DocumentRegistry registry;
    private final OrganizationDirectory organizations;
    private final RecipientPolicy recipients;
    private final Symbols symbols;
    private final Dispatcher dispatcher;
    private final DeliveryRows deliveries;
    private final BlobStore blobs;
    private final java.time.Clock clock;
    private final String messageDomain;

    CircularIssuer(
            DocumentReader reader,
            DocumentRegistry registry,
            OrganizationDirectory organizations,
            RecipientPolicy recipients,
            Symbols symbols,
            Dispatcher dispatcher,
            DeliveryRows deliveries,
            BlobStore blobs,
            java.time.Clock clock,
            vn.vanthu.mailbox.MailProperties mail) {
        this.reader = reader;
        this.registry = registry;
        this.organizations = organizations;
        this.recipients = recipients;
        this.symbols = symbols;
        this.dispatcher = dispatcher;
        this.deliveries = deliveries;
        this.blobs = blobs;
        this.clock = clock;
        this.messageDomain = mail.gatewayDomain();
    }

    public IssuedCircular issue(NewCircular command) {
        Organization issuer = organization(command.organizationId());
        List<Organization> to = recipients.resolve(issuer, command.recipients());
        Draft draft = read(command, issuer);
        DocumentSummary issued = registry.issue(new NewOutgoingDocument(
                issuer.id(), draft.metadata(), draft.text(), List.of(draft.file()), command.actor(), draft.source()));
        return send(issued, issuer, draft, to, command.actor());
    }

    public ReservedNumber reserve(
            long organizationId, String actor, String documentType, String unitCode, String subject) {
        Organization issuer = organization(organizationId);
        String type = documentType == null || documentType.isBlank() ? "Công văn" : documentType;
        DocumentMetadata draft =
                Prefill.numbered(DocumentMetadata.empty(), null, symbols.notation(issuer, type, unitCode));
        draft = new DocumentMetadata(
                type,
                null,
                draft.codeNotation(),
                null,
                null,
                issuer.name().toUpperCase(java.util.Locale.ROOT),
                null,
                subject,
                List.of(),
                List.of(),
                null,
                0,
                null,
                null,
                null);
        DocumentSummary reserved =
                registry.reserve(new NewOutgoingDocument(organizationId, draft, "", List.of(), actor, "Lấy số trước"));
        return new ReservedNumber(
                reserved.id(), reserved.registerNumber(), reserved.codeNumber(), reserved.codeNotation());
    }

    public IssuedCircular issueReserved(long documentId, NewCircular command) {
        Organization issuer = organization(command.organizationId());
        List<Organization> to = recipients.resolve(issuer, command.recipients());
        DocumentSummary reserved = own(documentId, issuer);
        Draft draft = read(command, issuer);
        DocumentMetadata metadata = Prefill.numbered(
                draft.metadata(),
                reserved.codeNumber(),
                command.overrides().codeNotation() == null
                        ? reserved.codeNotation()
                        : command.overrides().codeNotation());
        DocumentSummary issued = registry.completeReserved(
                documentId,
                new NewOutgoingDocument(
                        issuer.id(), metadata, draft.text(), List.of(draft.file()), command.actor(), draft.source()));
        return send(
                issued, issuer, new Draft(metadata, draft.text(), draft.file(), draft.source()), to, command.actor());
    }

    public List<Delivery> addRecipients(long documentId, long organizationId, String actor, List<Long> ids) {
        Organization issuer = organization(organizationId);
        own(documentId, issuer);
        Letter letter = letter(documentId, issuer);
        Set<Long> already = deliveries.ofDocument(documentId).stream()
                .map(Delivery::organizationId)
                .collect(Collectors.toSet());
        List<Delivery> added = new ArrayList<>();
        for (Organization recipient : recipients.resolve(issuer, ids)) {
            if (!already.contains(recipient.id())) {
                added.add(dispatcher.deliver(letter, recipient));
            }
        }
        registry.record(documentId, actor, "RECIPIENTS_ADDED", added.size() + " nơi nhận mới");
        return added;
    }

    public Delivery resend(long deliveryId, long organizationId, String actor) {
        Delivery delivery = deliveries
                .find(deliveryId)
                .orElseThrow(() -> new IllegalArgumentException("Không có lần gửi " + deliveryId));
        Organization issuer = organization(organizationId);
        own(delivery.documentId(), issuer);
        Organization to = organization(delivery.organizationId());
        if (to.primaryEmail() == null) {
            throw new IllegalStateException("Đơn vị chưa có địa chỉ thư để gửi lại.");
        }
        dispatcher.send(letter(delivery.documentId(), issuer), to, delivery);
        registry.record(delivery.documentId(), actor, "RESENT", to.name());
        return deliveries.find(deliveryId).orElseThrow();
    }

    public void recall(long documentId, long organizationId, String actor, String reason) {
        Organization issuer = organization(organizationId);
        own(documentId, issuer);
        Letter letter = letter(documentId, issuer);
        for (Delivery delivery : deliveries.ofDocument(documentId)) {
            dispatcher.recall(letter, organization(delivery.organizationId()), delivery, actor, reason);
        }
        registry.recall(documentId, actor, reason);
    }

    public boolean remind(long deliveryId, java.time.Duration firstAfter, int max) {
        if (!deliveries.lockIfDueForReminder(deliveryId, java.time.OffsetDateTime.now(clock), firstAfter, max)) {
            return false;
        }
        Delivery delivery = deliveries.find(deliveryId).orElseThrow();
        var document = registry.find(delivery.documentId()).orElseThrow().summary();
        Organization issuer = organization(document.organizationId());
        dispatcher.remind(letter(delivery.documentId(), issuer), organization(delivery.organizationId()), delivery);
        return true;
    }

    public void configureSymbols(long organizationId, String namedTypePattern, String letterPattern) {
        symbols.configure(organizationId, namedTypePattern, letterPattern);
    }

    private IssuedCircular send(
            DocumentSummary issued, Organization issuer, Draft draft, List<Organization> to, String actor) {
        DocumentMetadata numbered = Prefill.numbered(draft.metadata(), issued.codeNumber(), issued.codeNotation());
        NewFile edxml = edxml(issued, numbered, issuer, to);
        registry.attach(issued.id(), edxml, actor);
        Letter letter = new Letter(issued.id(), issuer, numbered, draft.text(), List.of(draft.file(), edxml));
        List<Delivery> sent = to.stream()
                .map(recipient -> dispatcher.deliver(letter, recipient))
                .toList();
        return new IssuedCircular(registry.find(issued.id()).orElseThrow().summary(), sent);
    }

    private Draft read(NewCircular command, Organization issuer) {
        var upload = command.file();
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw new IllegalArgumentException("Chưa có tệp văn bản.");
        }
        ExtractedDocument read = reader.read(
                new DocumentInput(upload.fileName(), upload.fileName(), upload.mediaType(), upload.content()));
        if (read.metadata().isSecret()) {
            throw new IllegalArgumentException("Văn bản mật không được gửi qua cổng thư điện tử.");
        }
        LocalDate today = LocalDate.now(clock.withZone(VanThuApplication.ZONE));
        DocumentMetadata metadata = Prefill.of(read.metadata(), command.overrides(), issuer, today);
        String notation = metadata.codeNotation() != null
                ? metadata.codeNotation()
                : symbols.notation(issuer, metadata.documentType(), command.unitCode());
        metadata = Prefill.numbered(metadata, null, notation);
        StoredBlob blob = store(upload.content());
        String mediaType = upload.mediaType() == null ? "application/pdf" : upload.mediaType();
        NewFile file = new NewFile("ORIGINAL", upload.fileName(), mediaType, blob.size(), blob.sha256());
        return new Draft(metadata, read.text(), file, "Tải lên: " + upload.fileName());
    }

    private NewFile edxml(
            DocumentSummary issued, DocumentMetadata metadata, Organization issuer, List<Organization> to) {
        StoredBlob blob = store(EdxmlWriter.write(metadata, issued.id(), issuer, to, messageDomain));
        String name =
                (issued.codeNumber() + "-" + issued.codeNotation()).replaceAll("[^\\p{L}\\p{N}.-]+", "-") + ".edxml";
        return new NewFile("EDXML", name, "application/xml", blob.size(), blob.sha256());
    }

    private Letter letter(long documentId, Organization issuer) {
        DocumentDetails details =
                registry.find(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        List<NewFile> files = details.files().stream()
                .filter(f -> f.role().equals("ORIGINAL") || f.role().equals("EDXML"))
                .map(f -> new NewFile(f.role(), f.fileName(), f.mediaType(), f.size(), f.sha256()))
                .toList();
        return new Letter(documentId, issuer, details.metadata(), registry.text(documentId), files);
    }

    private DocumentSummary own(long documentId, Organization issuer) {
        DocumentSummary document = registry.find(documentId)
                .orElseThrow(() -> new DocumentNotFoundException(documentId))
                .summary();
        if (document.organizationId() != issuer.id()) {
            throw new AccessDeniedException("Văn bản không thuộc đơn vị này.");
        }
        return document;
    }

    private Organization organization(long id) {
        return organizations.find(id).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị " + id));
    }

    private StoredBlob store(byte[] bytes) {
        try {
            return blobs.put(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Không lưu được tệp", e);
        }
    }

    private record Draft(DocumentMetadata metadata, String text, NewFile file, String source) {}
}
