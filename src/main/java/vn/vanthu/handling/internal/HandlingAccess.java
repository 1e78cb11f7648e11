package vn.vanthu.handling.internal;

import org.springframework.stereotype.Component;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.Role;
import vn.vanthu.handling.Assignee;
import vn.vanthu.handling.AssigneePart;
import vn.vanthu.handling.Assignment;
import vn.vanthu.registry.DocumentSummary;

/**
 * Who may do what with the handling of a document: the organization's leaders, clerk and unit account assign
 * (the clerk records the head's decision, as offices do); the lead unit or person reports progress; every assignee
 * sees the document, even from another organization.
 */
@Component
class HandlingAccess {

    private final AccessPolicy access;

    HandlingAccess(AccessPolicy access) {
        this.access = access;
    }

    boolean mayAssign(Account account, DocumentSummary document) {
        return switch (account.role()) {
            case ADMIN -> true;
            case LEADER, CLERK, UNIT, DELEGATE -> account.organizationId() == document.organizationId();
        };
    }

    boolean maySee(Account account, DocumentSummary document, Assignment assignment) {
        return access.maySee(account, document.organizationId())
                || (assignment != null && names(account, assignment, null));
    }

    boolean mayReport(Account account, DocumentSummary document, Assignment assignment) {
        return mayAssign(account, document) || (assignment != null && names(account, assignment, AssigneePart.LEAD));
    }

    boolean mayRefuse(Account account, DocumentSummary document) {
        return access.mayRegister(account, document.organizationId());
    }

    /** Whether the assignment names the account, or its unit, in that part (any part when {@code null}). */
    static boolean names(Account account, Assignment assignment, AssigneePart part) {
        for (Assignee a : assignment.assignees()) {
            if (part != null && a.part() != part) {
                continue;
            }
            if ((a.accountId() != null && a.accountId() == account.id())
                    || (a.organizationId() != null
                            && a.organizationId() == account.organizationId()
                            && account.role() != Role.ADMIN)) {
                return true;
            }
        }
        return false;
    }
}
