package vn.vanthu.distribution;

/**
 * A number taken ahead of the final file.
 *
 * @param documentId the reserved outgoing document
 * @param registerNumber the number in the outgoing register
 * @param codeNumber the number as printed ("05")
 * @param codeNotation the symbol
 */
public record ReservedNumber(long documentId, int registerNumber, String codeNumber, String codeNotation) {}
