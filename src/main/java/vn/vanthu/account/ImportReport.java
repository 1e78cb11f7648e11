package vn.vanthu.account;

import java.util.List;

/**
 * What an import of a unit list did: either every row was added, or none was and the errors say why.
 *
 * @param created the units added, in the order of the list; empty when there were errors
 * @param errors the problems found, one per row and problem
 */
public record ImportReport(List<EnrolledUnit> created, List<RowError> errors) {

    public ImportReport {
        created = List.copyOf(created);
        errors = List.copyOf(errors);
    }

    /** Whether the list was taken in. */
    public boolean succeeded() {
        return errors.isEmpty();
    }

    /**
     * One problem of an imported list.
     *
     * @param row the row number as the spreadsheet shows it (the header is row 1), 0 for the whole file
     * @param message what is wrong, in Vietnamese
     */
    public record RowError(int row, String message) {}
}
