package vn.vanthu.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.registry.internal.DocumentQueries;

/** Reads the books: searches an organization's documents, lists its registers and their lines for a year. */
@Service
@Transactional(readOnly = true)
public class RegisterBook {

    private final DocumentQueries queries;

    public RegisterBook(DocumentQueries queries) {
        this.queries = queries;
    }

    /** Documents matching a query, newest first. */
    public List<DocumentSummary> search(DocumentQuery query) {
        return queries.search(query);
    }

    /** The incoming documents waiting for the clerk (chờ vào sổ), oldest first. */
    public List<DocumentSummary> pending(long organizationId) {
        return queries.pending(organizationId);
    }

    /** How many incoming documents wait for the clerk. */
    public int countPending(long organizationId) {
        return queries.countPending(organizationId);
    }

    /** Documents by id, in no particular order; ids that do not exist are left out. */
    public List<DocumentSummary> summaries(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : queries.summaries(ids);
    }

    /**
     * The organization's incoming documents still to handle (registered, assigned, in progress) whose own due date
     * (DueDate) is on or before a day, earliest first.
     */
    public List<RegisterEntry> dueBy(long organizationId, java.time.LocalDate until) {
        return queries.dueBy(organizationId, until);
    }

    /** As {@link #dueBy(long, java.time.LocalDate)}, across every organization. */
    public List<RegisterEntry> dueBy(java.time.LocalDate until) {
        return queries.dueBy(null, until);
    }

    /** The registers of an organization. */
    public List<Register> registers(long organizationId) {
        return queries.registers(organizationId);
    }

    /** A register by id. */
    public Optional<Register> register(long registerId) {
        return queries.register(registerId);
    }

    /** The years a register has numbers in, latest first. */
    public List<Integer> years(long registerId) {
        return queries.years(registerId);
    }

    /** The lines of a register for a year, by number. */
    public List<RegisterEntry> entries(long registerId, int year) {
        return queries.entries(registerId, year);
    }
}
