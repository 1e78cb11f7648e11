package vn.vanthu.receipt.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;

/**
 * A document's number and symbol ("05/PGDĐT-VP") as a reply's subject names it, normalised so that "Re: Công
 * văn số 05/PGDĐT-VP", "V/v … số 5 / pgdđt – vp" and "Fw: CV 05/PGDĐT-VP" give the same value.
 *
 * @param codeNumber the number without leading zeros ({@code "5"})
 * @param codeNotation the symbol in upper case, dashes unified, no spaces ({@code "PGDĐT-VP"})
 */
record DocumentCode(String codeNumber, String codeNotation) {

    private static final String SEGMENT = "[\\p{L}\\p{N}&]+";
    private static final Pattern CODE = Pattern.compile("(?<![\\d/])(\\d{1,6})\\s*/\\s*(\\p{L}[\\p{L}\\p{N}&.]*"
            + "(?:[-\\u2010-\\u2015]" + SEGMENT + "|\\s+[-\\u2010-\\u2015]\\s+[\\p{Lu}\\p{N}&]{2,}(?=$|[\\s:,;)]))*)");
    private static final Pattern PREFIXED =
            Pattern.compile("(?iu)(?<!\\p{L})(?:số|so|cv|công văn|cong van|văn bản|van ban|vb)\\s*:?\\s*$");

    /** A normalised code: leading zeros, case, dashes and spaces of the symbol do not matter. */
    DocumentCode {
        codeNumber = codeNumber.strip().replaceFirst("^0+(?=\\d)", "");
        codeNotation = Normalizer.normalize(codeNotation, Normalizer.Form.NFC)
                .toUpperCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015]", "-")
                .replaceAll("\\s+", "")
                .replaceAll("\\.+$", "");
    }

    /** The code in a subject; one after "số", "CV" or "công văn" wins over an earlier bare one. */
    static Optional<DocumentCode> inSubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = CODE.matcher(subject);
        DocumentCode first = null;
        while (matcher.find()) {
            DocumentCode code = new DocumentCode(matcher.group(1), matcher.group(2));
            if (PREFIXED.matcher(subject.substring(0, matcher.start())).find()) {
                return Optional.of(code);
            }
            first = first == null ? code : first;
        }
        return Optional.ofNullable(first);
    }

    /** Whether both name the same document, also when one was typed without diacritics ("PGDDT" for "PGDĐT"). */
    boolean sameAs(DocumentCode other) {
        return other != null
                && codeNumber.equals(other.codeNumber)
                && Folding.fold(codeNotation).equals(Folding.fold(other.codeNotation));
    }

    @Override
    public String toString() {
        return codeNumber + "/" + codeNotation;
    }
}
