package vn.vanthu.handling;

import java.time.LocalDate;
import vn.vanthu.registry.DocumentSummary;

/**
 * A line of a handling list: a document, its assignment if any, and its deadline.
 *
 * @param document the document
 * @param assignment its assignment, or {@code null} while unassigned
 * @param deadline the deadline in force, or {@code null}
 * @param overdue whether the deadline has passed while it is still open
 */
public record HandlingItem(DocumentSummary document, Assignment assignment, LocalDate deadline, boolean overdue) {

    /** Whether the document is urgent (Khẩn, Thượng khẩn, Hỏa tốc). */
    public boolean urgent() {
        return document.priority() > 0;
    }
}
