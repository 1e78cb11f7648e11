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

    /**
     * Issues an outgoing document under the next number of the organization's outgoing register (NĐ 30 Điều 15):
     * the number printed on it is the register number, with a leading zero below 10.
     */
    @Transactional
    public DocumentSummary issue(NewOutgoingDocument command) {
        long id = documents.insertOutgoing(command, DocumentStatus.PENDING);
        documents.addEvent(id, command.actor(), "CREATED", command.source());
        return registerPending(id, command.actor());
    }

    /** Takes the next outgoing number before the file is final (lấy số trước); the document waits as reserved. */
    @Transactional
    public DocumentSummary reserve(NewOutgoingDocument draft) {
        long id = documents.insertOutgoing(draft, DocumentStatus.RESERVED);
        number(id, draft.actor(), "RESERVED", "Lấy số trước");
        documents.markStatus(id, DocumentStatus.RESERVED);
        return documents.summary(id).orElseThrow();
    }

    /** Gives a reserved number its final file and fields; the number stays, the document is issued. */
    @Transactional
    public DocumentSummary completeReserved(long documentId, NewOutgoingDocument command) {
        DocumentSummary reserved =
                documents.lockSummary(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        if (reserved.status() != DocumentStatus.RESERVED || reserved.organizationId() != command.organizationId()) {
            throw new IllegalStateException("Số này không ở trạng thái đã lấy trước: " + documentId);
        }
        DocumentMetadata m = command.metadata();
        documents.updateMetadata(
                documentId,
                new DocumentMetadata(
                        m.documentType(),
                        reserved.codeNumber(),
                        m.codeNotation() == null ? reserved.codeNotation() : m.codeNotation(),
                        m.promulgationPlace(),
                        m.promulgationDate(),
                        m.organization(),
                        m.parentOrganization(),
                        m.subject(),
                        m.toPlaces(),
                        m.distribution(),
                        m.signer(),
                        m.priority(),
                        m.confidentiality(),
                        m.dueDate(),
                        m.confidence()));
        command.files().forEach(file -> documents.addFile(documentId, file));
        documents.replaceText(documentId, command.text());
        documents.markStatus(documentId, DocumentStatus.REGISTERED);
        documents.addEvent(documentId, command.actor(), "ISSUED", "Ban hành văn bản đã lấy số trước");
        events.publishEvent(documents.registeredEvent(documentId));
        return documents.summary(documentId).orElseThrow();
    }

    /** Marks a document recalled (thu hồi, edXML 13/15), with the reason in its history. */
    @Transactional
    public DocumentSummary recall(long documentId, String actor, String reason) {
        documents.lockSummary(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        documents.markStatus(documentId, DocumentStatus.RECALLED);
        documents.addEvent(documentId, actor, "RECALLED", reason);
        return documents.summary(documentId).orElseThrow();
    }

    /** Outgoing documents printed with this number (leading zeros ignored), any organization, for matching replies. */
    @Transactional(readOnly = true)
    public List<DocumentSummary> findOutgoingNumbered(String codeNumber) {
        return documents.findOutgoingNumbered(codeNumber);
    }

    /** Outgoing documents of every organization registered since a time, for summaries. */
    @Transactional(readOnly = true)
    public List<DocumentSummary> outgoingSince(OffsetDateTime since) {
        return documents.outgoingSince(since);
    }

    /** The text kept with a document for search, or an empty string. */
    @Transactional(readOnly = true)
    public String text(long documentId) {
        return documents.text(documentId);
    }

    /** Keeps one more file with a document (an edXML package made at issue, a stamped copy). */
    @Transactional
    public void attach(long documentId, NewFile file, String actor) {
        documents.addFile(documentId, file);
        documents.addEvent(documentId, actor, "FILE_ADDED", file.fileName());
    }

    /** Adds an entry to a document's history. */
    @Transactional
    public void record(long documentId, String actor, String action, String detail) {
        documents.addEvent(documentId, actor, action, detail);
    }

    /**
     * Moves an incoming document to another status while it is handled (04 assigned, 05 in progress, 06 done),
     * records it in the history and publishes {@link DocumentStatusChanged} when the status is a new one.
     *
     * @throws IllegalStateException when the document is outgoing or the move is not allowed from where it stands
     */
    @Transactional
    public DocumentSummary changeStatus(
            long documentId, DocumentStatus status, String actor, String action, String detail) {
        DocumentSummary document =
                documents.lockSummary(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        if (document.direction() != Direction.INCOMING || !document.status().mayMoveTo(status)) {
            throw new IllegalStateException("Không chuyển được văn bản " + documentId + " từ trạng thái "
                    + document.status() + " sang " + status);
        }
        documents.addEvent(documentId, actor, action, detail);
        if (document.status() != status) {
            documents.markStatus(documentId, status);
            events.publishEvent(documents.statusChangedEvent(
                    documentId, document.status(), actor, detail, OffsetDateTime.now(clock)));
        }
        return documents.summary(documentId).orElseThrow();
    }

    /**
     * Refuses a pending incoming document and returns it to its sender (edXML 02): invalid or misaddressed
     * (NĐ 30 Điều 21.2). It takes no number.
     */
    @Transactional
    public DocumentSummary refuse(long documentId, String actor, String reason) {
        return changeStatus(documentId, DocumentStatus.REFUSED, actor, "REFUSED", reason);
    }

    private DocumentSummary number(long id, String actor, String action, String detail) {
        DocumentSummary document = documents.summary(id).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long registerId = numbers.registerOf(document.organizationId(), document.direction());
        int number = numbers.takeNext(registerId, now.getYear());
        documents.markRegistered(id, registerId, now.getYear(), number, now);
        if (document.direction() == Direction.OUTGOING) {
            documents.setCodeNumber(id, CodeNumbers.format(number));
        }
        documents.addEvent(id, actor, action, detail + ": số " + number + "/" + now.getYear());
        return documents.summary(id).orElseThrow();
    }

    private DocumentSummary registerPending(long id, String actor) {
        DocumentSummary registered = number(id, actor, "REGISTERED", "Vào sổ");
        events.publishEvent(documents.registeredEvent(id));
        return registered;
    }
}
