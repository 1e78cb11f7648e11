package vn.vanthu.mime.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes the file names of one message safe to store and unique within it.
 *
 * <p>A declared name is reduced to its last path segment (so {@code ../../etc/passwd} and {@code
 * C:\Users\x\CV.pdf} lose their directories), cleared of control, bidirectional and reserved characters,
 * trimmed of dots and spaces, and capped at {@value #MAX_BYTES} UTF-8 bytes with its extension kept. A part
 * without a usable name gets {@code tep-dinh-kem-<n>.<ext>} ("attached file"). Duplicates, compared without
 * case as Windows would, become {@code name (2).ext}. Not thread-safe: one instance per message.
 */
final class FileNames {

    static final int MAX_BYTES = 200;

    private static final Pattern UNSAFE = Pattern.compile(
            "[\\p{Cntrl}\\u0080-\\u009F\\u200E\\u200F\\u202A-\\u202E" + "\\u2066-\\u2069\\uFEFF<>:\"/\\\\|?*]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final Set<String> taken = new HashSet<>();
    private int unnamed;

    /** A safe, unique name for a part: from the declared name when usable, else from the media type. */
    String assign(String declared, String mediaType) {
        String safe = sanitize(declared);
        String extension = MediaTypes.extensionFor(mediaType);
        if (safe.isEmpty()) {
            safe = "tep-dinh-kem-" + (++unnamed) + "." + extension;
        } else if (MediaTypes.extension(safe).isEmpty() && !extension.equals("bin")) {
            safe = cap(safe + "." + extension);
        }
        return unique(safe);
    }

    /** The declared name reduced to a safe single file name, or an empty string when nothing is left. */
    static String sanitize(String declared) {
        if (declared == null) {
            return "";
        }
        String name = TextDecoding.nfc(declared.trim());
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            name = name.substring(2);
        }
        name = UNSAFE.matcher(name).replaceAll("_").replaceAll("\\s+", " ");
        name = trimDotsAndSpaces(name);
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
            return "";
        }
        if (RESERVED.matcher(name).matches()) {
            name = "_" + name;
        }
        return cap(name);
    }

    private String unique(String name) {
        if (taken.add(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = cap(base + " (" + n + ")" + extension);
            if (taken.add(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    /** Shortens the base name, never the extension, until the whole name fits {@value #MAX_BYTES} bytes. */
    static String cap(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 12 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int budget = MAX_BYTES - utf8Length(extension);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length(); ) {
            int codePoint = base.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return trimDotsAndSpaces(kept.toString()) + extension;
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
