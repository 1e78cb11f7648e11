package vn.vanthu.mime;

/** Placeholder until the MIME walker lands: installs the JVM-wide Jakarta Mail decoding switches. */
public final class MimeDefaults {

    private MimeDefaults() {}

    /** Sets the system properties Jakarta Mail reads for lenient decoding. */
    public static void install() {
        System.setProperty("mail.mime.decodefilename", "true");
        System.setProperty("mail.mime.decodeparameters", "true");
    }
}
