package vn.vanthu.registry;

import java.time.LocalDate;

/**
 * What to look for in an organization's documents; every {@code null} field matches everything.
 *
 * @param organizationId whose books
 * @param direction incoming or outgoing
 * @param text words to find in the number, symbol, subject, issuer or the document's text
 * @param number the register number (số đến/đi) or the number printed on the document
 * @param issuer part of the issuing body's name
 * @param from the first arrival (or registration) day
 * @param to the last arrival (or registration) day
 * @param status where the documents stand
 * @param limit the most lines to return
 */
public record DocumentQuery(
        long organizationId,
        Direction direction,
        String text,
        String number,
        String issuer,
        LocalDate from,
        LocalDate to,
        DocumentStatus status,
        int limit) {

    public DocumentQuery {
        text = blankToNull(text);
        number = blankToNull(number);
        issuer = blankToNull(issuer);
        limit = limit <= 0 ? 200 : Math.min(limit, 1000);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
