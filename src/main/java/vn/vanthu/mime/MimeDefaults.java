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

    /** The system property naming Jakarta Mail's stream provider, and Angus Mail's implementation of it. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MimeDefaults() {}

    /** Sets every property of {@link #PROPERTIES} as a system property, and names the stream provider. */
    public static void install() {
        PROPERTIES.forEach(System::setProperty);
        // Jakarta Mail 2.1 looks its stream provider up through the ServiceLoader for every body part it
        // creates (a thousand-part message took seconds); named here, the lookup is a cheap class load.
        if (isLoadable(ANGUS_STREAM_PROVIDER)) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    private static boolean isLoadable(String className) {
        try {
            Class.forName(className, false, MimeDefaults.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
