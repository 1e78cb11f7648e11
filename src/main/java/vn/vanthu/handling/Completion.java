package vn.vanthu.handling;

/**
 * What ends the handling of a document: the reply document, if any, and a note.
 *
 * @param replyCodeNumber the number of the reply document, or {@code null}
 * @param replyCodeNotation the symbol of the reply document, or {@code null}
 * @param note how it was handled, or {@code null}
 */
public record Completion(String replyCodeNumber, String replyCodeNotation, String note) {

    public Completion {
        replyCodeNumber = blankToNull(replyCodeNumber);
        replyCodeNotation = blankToNull(replyCodeNotation);
        note = blankToNull(note);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
