package vn.vanthu.extraction;

/**
 * One file to read: a file on the command line, an e-mail attachment, or an e-mail body.
 *
 * @param source how the result names it ({@code 291.pdf}, {@code letter.eml#291.pdf}, {@code letter.eml#body})
 * @param fileName the file name, used with the content to detect the type
 * @param mediaType the declared media type, or {@code null} to detect it from the content
 * @param content the bytes
 */
public record DocumentInput(String source, String fileName, String mediaType, byte[] content) {}
