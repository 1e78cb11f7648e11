package vn.vanthu.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.account.Account;
import vn.vanthu.handling.internal.AssignmentRows;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.RegisterBook;
import vn.vanthu.registry.RegisterEntry;

/**
 * Keeps the assignments (phân công, NĐ 30 Điều 23) of incoming documents and moves the documents through the edXML
 * statuses 04 assigned → 05 in progress → 06 done, each step in the document's history under the actor.
 */
@Service
@EnableConfigurationProperties(HandlingProperties.class)
public class Assignments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AssignmentRows rows;
    private final DocumentRegistry registry;
    private final RegisterBook book;
    private final Clock clock;

    public Assignments(AssignmentRows rows, DocumentRegistry registry, RegisterBook book, Clock clock) {
        this.rows = rows;
        this.registry = registry;
        this.book = book;
        this.clock = clock;
    }

    /**
     * Assigns a registered incoming document, or assigns it again; the deadline is the one typed, else the
     * document's due date. The document moves to 04 (it stays 05 when handling had started).
     */
    @Transactional
    public Assignment assign(long documentId, NewAssignment command, String actor, Long actorAccountId) {
        DocumentDetails document = incoming(documentId);
        DocumentStatus status = document.summary().status();
        LocalDate due = document.metadata().dueDate();
        LocalDate deadline = command.deadline() != null ? command.deadline() : due;
        DeadlineSource source = command.deadline() != null
                ? DeadlineSource.ASSIGNMENT
                : due != null ? DeadlineSource.DOCUMENT : DeadlineSource.NONE;
        List<Assignee> assignees = new ArrayList<>();
        assignees.add(command.lead());
        command.cooperating().stream()
                .filter(a -> !sameParty(a, command.lead()))
                .forEach(assignees::add);
        rows.save(
                documentId,
                document.summary().organizationId(),
                deadline,
                source,
                command.directive(),
                actor,
                actorAccountId,
                assignees);
        Assignment saved = rows.byDocument(documentId).orElseThrow();
        boolean again = status == DocumentStatus.ASSIGNED || status == DocumentStatus.IN_PROGRESS;
        DocumentStatus next =
                status == DocumentStatus.IN_PROGRESS ? DocumentStatus.IN_PROGRESS : DocumentStatus.ASSIGNED;
        registry.changeStatus(documentId, next, actor, again ? "REASSIGNED" : "ASSIGNED", describe(saved));
        return saved;
    }

    /** Handling has started (05), with an optional progress note; a finished document is reopened. */
    @Transactional
    public Assignment start(long documentId, String actor, String note) {
        requireAssignment(documentId);
        rows.markStarted(documentId, note);
        registry.changeStatus(
                documentId, DocumentStatus.IN_PROGRESS, actor, "IN_PROGRESS", note == null ? "Đang giải quyết" : note);
        return rows.byDocument(documentId).orElseThrow();
    }

    /** Handling is finished (06), with the reply document's number and symbol when there is one. */
    @Transactional
    public Assignment complete(long documentId, Completion completion, String actor) {
        requireAssignment(documentId);
        rows.markCompleted(documentId, completion.replyCodeNumber(), completion.replyCodeNotation(), completion.note());
        Assignment done = rows.byDocument(documentId).orElseThrow();
        String detail = "Đã giải quyết xong"
                + (done.replySymbol() == null ? "" : "; văn bản trả lời số " + done.replySymbol())
                + (completion.note() == null ? "" : "; " + completion.note());
        registry.changeStatus(documentId, DocumentStatus.DONE, actor, "DONE", detail);
        return done;
    }

    /** Sets a new deadline typed by a leader (gia hạn), or removes it. */
    @Transactional
    public Assignment reschedule(long documentId, LocalDate deadline, String actor) {
        requireAssignment(documentId);
        rows.reschedule(documentId, deadline);
        registry.record(
                documentId,
                actor,
                "DEADLINE_CHANGED",
                deadline == null ? "Bỏ thời hạn giải quyết" : "Thời hạn giải quyết mới: " + DAY.format(deadline));
        return rows.byDocument(documentId).orElseThrow();
    }

    /** The assignment of a document, if it was assigned. */
    @Transactional(readOnly = true)
    public Optional<Assignment> find(long documentId) {
        return rows.byDocument(documentId);
    }

    /** What an account was given to handle, as a person or as a member of an assigned unit; open first. */
    @Transactional(readOnly = true)
    public List<HandlingItem> assignedTo(Account account) {
        List<Assignment> assignments = rows.naming(account.id(), Set.of(account.organizationId()), false);
        Map<Long, DocumentSummary> documents =
                documents(assignments.stream().map(Assignment::documentId).toList());
        LocalDate today = LocalDate.now(clock);
        return assignments.stream()
                .filter(a -> documents.containsKey(a.documentId()))
                .map(a -> item(documents.get(a.documentId()), a, a.deadline(), today))
                .sorted(Comparator.comparing((HandlingItem i) -> i.assignment().open() ? 0 : 1)
                        .thenComparing(i -> i.deadline() == null ? LocalDate.MAX : i.deadline()))
                .toList();
    }

    /**
     * The organization's documents still to handle whose deadline (the assignment's, else the document's due date)
     * falls on or before a day, earliest first; the overdue ones are marked.
     */
    @Transactional(readOnly = true)
    public List<HandlingItem> dueBy(long organizationId, LocalDate until) {
        return due(rows.openDueBy(organizationId, until), book.dueBy(organizationId, until));
    }

    /** As {@link #dueBy(long, LocalDate)} across every organization, for reminders. */
    @Transactional(readOnly = true)
    public List<HandlingItem> dueBy(LocalDate until) {
        return due(rows.openDueBy(null, until), book.dueBy(until));
    }

    /** The assignments of some documents, by document id. */
    @Transactional(readOnly = true)
    public Map<Long, Assignment> ofDocuments(List<Long> documentIds) {
        return rows.byDocuments(documentIds);
    }

    /** Open assignments naming an account or one of the organizations, assigned after an instant. */
    @Transactional(readOnly = true)
    public List<HandlingItem> assignedSince(Account account, java.time.OffsetDateTime since) {
        List<Assignment> assignments = rows.assignedSince(account.id(), Set.of(account.organizationId()), since);
        Map<Long, DocumentSummary> documents =
                documents(assignments.stream().map(Assignment::documentId).toList());
        LocalDate today = LocalDate.now(clock);
        return assignments.stream()
                .filter(a -> documents.containsKey(a.documentId()))
                .map(a -> item(documents.get(a.documentId()), a, a.deadline(), today))
                .toList();
    }

    private List<HandlingItem> due(List<Assignment> assigned, List<RegisterEntry> withDueDate) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, DocumentSummary> documents =
                documents(assigned.stream().map(Assignment::documentId).toList());
        List<HandlingItem> items = new ArrayList<>();
        for (Assignment a : assigned) {
            DocumentSummary d = documents.get(a.documentId());
            if (d != null && d.status() != DocumentStatus.DONE) {
                items.add(item(d, a, a.deadline(), today));
            }
        }
        Map<Long, Assignment> known =
                rows.byDocuments(withDueDate.stream().map(e -> e.summary().id()).toList());
        for (RegisterEntry e : withDueDate) {
            if (!known.containsKey(e.summary().id())) {
                items.add(item(e.summary(), null, e.metadata().dueDate(), today));
            }
        }
        items.sort(Comparator.comparing(HandlingItem::deadline)
                .thenComparing(i -> i.document().id()));
        return items;
    }

    private Map<Long, DocumentSummary> documents(List<Long> ids) {
        Map<Long, DocumentSummary> byId = new java.util.HashMap<>();
        book.summaries(ids).forEach(d -> byId.put(d.id(), d));
        return byId;
    }

    private static HandlingItem item(DocumentSummary d, Assignment a, LocalDate deadline, LocalDate today) {
        boolean open = d.status() != DocumentStatus.DONE && (a == null || a.open());
        return new HandlingItem(d, a, deadline, open && deadline != null && deadline.isBefore(today));
    }

    private DocumentDetails incoming(long documentId) {
        DocumentDetails document =
                registry.find(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        if (document.summary().direction() != Direction.INCOMING
                || document.summary().registerNumber() == null) {
            throw new IllegalStateException("Chỉ phân công được văn bản đến đã vào sổ.");
        }
        return document;
    }

    private void requireAssignment(long documentId) {
        if (rows.byDocument(documentId).isEmpty()) {
            throw new IllegalStateException("Văn bản chưa được phân công.");
        }
    }

    private static boolean sameParty(Assignee a, Assignee b) {
        if (a.organizationId() != null || b.organizationId() != null) {
            return java.util.Objects.equals(a.organizationId(), b.organizationId());
        }
        if (a.accountId() != null || b.accountId() != null) {
            return java.util.Objects.equals(a.accountId(), b.accountId());
        }
        return a.name().equalsIgnoreCase(b.name());
    }

    private static String describe(Assignment a) {
        StringBuilder text = new StringBuilder(a.receivers());
        if (a.deadline() != null) {
            text.append("; hạn giải quyết: ").append(DAY.format(a.deadline()));
        }
        if (a.directive() != null) {
            text.append("; ý kiến chỉ đạo: ").append(a.directive());
        }
        return text.toString();
    }
}
