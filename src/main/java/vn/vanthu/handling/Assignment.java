package vn.vanthu.handling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The assignment of an incoming document and how far its handling went.
 *
 * @param id the identifier
 * @param documentId the document
 * @param organizationId the organization whose books hold the document
 * @param deadline the handling deadline, or {@code null}
 * @param deadlineSource where the deadline comes from
 * @param directive the directive note, or {@code null}
 * @param assignedBy who assigned (the actor)
 * @param assignedAt when
 * @param assignees the lead first, then the co-operating units and persons
 * @param progressNote the latest progress note (tiến độ giải quyết), or {@code null}
 * @param replyCodeNumber the reply document's number, or {@code null}
 * @param replyCodeNotation the reply document's symbol, or {@code null}
 * @param startedAt when handling started, or {@code null}
 * @param completedAt when it was done, or {@code null} while open
 */
public record Assignment(
        long id,
        long documentId,
        long organizationId,
        LocalDate deadline,
        DeadlineSource deadlineSource,
        String directive,
        String assignedBy,
        OffsetDateTime assignedAt,
        List<Assignee> assignees,
        String progressNote,
        String replyCodeNumber,
        String replyCodeNotation,
        OffsetDateTime startedAt,
        OffsetDateTime completedAt) {

    public Assignment {
        assignees = List.copyOf(assignees);
    }

    /** The lead unit or person. */
    public Optional<Assignee> lead() {
        return assignees.stream().filter(a -> a.part() == AssigneePart.LEAD).findFirst();
    }

    /** The co-operating units and persons. */
    public List<Assignee> cooperating() {
        return assignees.stream()
                .filter(a -> a.part() == AssigneePart.COOPERATING)
                .toList();
    }

    /** Whether handling is still open. */
    public boolean open() {
        return completedAt == null;
    }

    /** “15/BC-THCL”, or {@code null} when no reply is linked. */
    public String replySymbol() {
        if (replyCodeNumber == null && replyCodeNotation == null) {
            return null;
        }
        return (replyCodeNumber == null ? "" : replyCodeNumber)
                + (replyCodeNotation == null ? "" : "/" + replyCodeNotation);
    }

    /** “Chủ trì: A; phối hợp: B, C”, as the follow-up register prints it. */
    public String receivers() {
        StringBuilder text = new StringBuilder();
        lead().ifPresent(a -> text.append("Chủ trì: ").append(a.name()));
        List<Assignee> others = cooperating();
        if (!others.isEmpty()) {
            text.append(text.length() == 0 ? "Phối hợp: " : "; phối hợp: ");
            text.append(String.join(", ", others.stream().map(Assignee::name).toList()));
        }
        return text.toString();
    }
}
