package vn.vanthu.handling;

import java.time.LocalDate;
import java.util.List;

/**
 * A leader's assignment (phân công) of an incoming document.
 *
 * @param lead the lead unit or person
 * @param cooperating the co-operating units or persons
 * @param deadline the deadline typed by the leader, or {@code null} to take the document's due date
 * @param directive the directive note (ý kiến chỉ đạo), or {@code null}
 */
public record NewAssignment(Assignee lead, List<Assignee> cooperating, LocalDate deadline, String directive) {

    public NewAssignment {
        if (lead == null) {
            throw new IllegalArgumentException("Cần chọn đơn vị hoặc người chủ trì.");
        }
        lead = lead.as(AssigneePart.LEAD);
        cooperating = cooperating == null
                ? List.of()
                : cooperating.stream().map(a -> a.as(AssigneePart.COOPERATING)).toList();
        directive = directive == null || directive.isBlank() ? null : directive.trim();
    }
}
