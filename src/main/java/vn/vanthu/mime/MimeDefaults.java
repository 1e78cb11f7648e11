package vn.vanthu.mime;

import java.util.Map;

/**
 * Installs the JVM-wide Jakarta Mail properties that lenient reading of received mail depends on.
 *
 * <p>They MUST be system properties: Jakarta Mail reads most of them once, in static initialisers of its
 * classes, and ignores them on a {@code Session}. Call {@link #install()} as early as possible (the
 * application's {@code main} method, before any Jakarta Mail class is loaded); calling it again is harmless.
 */
public final class MimeDefaults {

    /** The properties and the values this gateway needs. */
    public static final Map<String, String> PROPERTIES = Map.ofEntries(
            // RFC 2047 encoded file names (Outlook, old webmail) and RFC 2231 parameters.
            Map.entry("mail.mime.decodefilename", "true"),
            Map.entry("mail.mime.decodeparameters", "true"),
            Map.entry("mail.mime.parameters.strict", "false"),
            Map.entry("mail.mime.decodetext.strict", "false"),
            Map.entry("mail.mime.address.strict", "false"),
            // Truncated and oddly bounded multiparts are read as far as they go instead of failing.
            Map.entry("mail.mime.multipart.ignoremissingendboundary", "true"),
            Map.entry("mail.mime.multipart.ignoremissingboundaryparameter", "true"),
            Map.entry("mail.mime.multipart.allowempty", "true"),
            Map.entry("mail.mime.base64.ignoreerrors", "true"),
            Map.entry("mail.mime.ignoreunknownencoding", "true"),
            // Raw 8-bit UTF-8 header bytes are read as UTF-8, other 8-bit bytes as one char per byte.
            Map.entry("mail.mime.allowutf8", "true"));

    private MimeDefaults() {}

    /** Sets every property of {@link #PROPERTIES} as a system property. */
    public static void install() {
        PROPERTIES.forEach(System::setProperty);
    }
}
