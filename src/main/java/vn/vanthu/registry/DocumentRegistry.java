package vn.vanthu.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.registry.internal.DocumentRows;
import vn.vanthu.registry.internal.NumberSeries;

/**
 * Keeps the documents of every organization and registers them under gap-free numbers.
 *
 * <p>A number is taken under a row lock on the register's counter for the year, in the same transaction as the
 * document row: if anything fails the number is not used, and two registrations never get the same one.
 */
@Service
public class DocumentRegistry {

    /** The actor recorded for what the gateway does by itself. */
    public static final String SYSTEM = "hệ thống";

    private final DocumentRows documents;
    private final NumberSeries numbers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DocumentRegistry(
            DocumentRows documents, NumberSeries numbers, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes an incoming document into the organization's books, registered at once or pending; taking the same
     * part of the same message twice returns the first result.
     */
    @Transactional
    public DocumentSummary receive(NewIncomingDocument command) {
        if (command.inboundMessageId() != null) {
            Optional<DocumentSummary> existing =
                    documents.findBySource(command.inboundMessageId(), command.sourcePart());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        long id = documents.insertIncoming(command);
        documents.addEvent(id, SYSTEM, "RECEIVED", command.source());
        if (!command.register()) {
            documents.addEvent(id, SYSTEM, "PENDING", command.pendingReason());
            return documents.summary(id).orElseThrow();
        }
        return registerPending(id, SYSTEM);
    }

    /** Registers a pending document under the next number, with the clerk's corrections when given. */
    @Transactional
    public DocumentSummary register(long documentId, String actor, DocumentMetadata corrected) {
        DocumentSummary document =
                documents.lockSummary(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        if (document.status() != DocumentStatus.PENDING) {
            throw new IllegalStateException("Văn bản đã được vào sổ hoặc xử lý: " + documentId);
        }
        if (corrected != null) {
            documents.updateMetadata(documentId, corrected);
            documents.addEvent(documentId, actor, "CORRECTED", "Sửa thông tin trước khi vào sổ");
        }
        return registerPending(documentId, actor);
    }

    /** A document with its files and history. */
    @Transactional(readOnly = true)
    public Optional<DocumentDetails> find(long documentId) {
        return documents.details(documentId);
    }

    /** The documents of an organization in one direction, newest first. */
    @Transactional(readOnly = true)
    public List<DocumentSummary> list(long organizationId, Direction direction) {
        return documents.list(organizationId, direction);
    }

    /** A registered incoming document of the organization with the same number, symbol and date, if any. */
    @Transactional(readOnly = true)
    public Optional<DocumentSummary> findRegisteredTwin(
            long organizationId, String codeNumber, String codeNotation, LocalDate promulgationDate) {
        return documents.findRegisteredTwin(organizationId, codeNumber, codeNotation, promulgationDate);
    }

    private DocumentSummary registerPending(long id, String actor) {
        DocumentSummary document = documents.summary(id).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long registerId = numbers.registerOf(document.organizationId(), document.direction());
        int year = now.getYear();
        int number = numbers.takeNext(registerId, year);
        documents.markRegistered(id, registerId, year, number, now);
        documents.addEvent(id, actor, "REGISTERED", "Vào sổ số " + number + "/" + year);
        DocumentSummary registered = documents.summary(id).orElseThrow();
        events.publishEvent(documents.registeredEvent(id));
        return registered;
    }
}
