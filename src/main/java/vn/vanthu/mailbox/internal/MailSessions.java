package vn.vanthu.mailbox.internal;

import java.util.Properties;
import vn.vanthu.mime.MimeDefaults;

/**
 * Jakarta Mail settings: the JVM-wide MIME decoding switches (they are read from system properties only; on a
 * Session they do nothing) and the per-session timeouts and fetch settings.
 */
final class MailSessions {

    static final int TIMEOUT_MILLIS = 30_000;

    private MailSessions() {}

    /** Sets the JVM-wide switches once, at start-up. */
    static void installSystemProperties() {
        MimeDefaults.install();
    }

    /**
     * Session properties for a store or transport protocol: explicit connect, read and write timeouts; IMAP
     * bodies fetched in 1 MB blocks (the default 16 KB blocks measured 100× slower, and one unbounded fetch would
     * hold a huge message in memory; small messages are prefetched whole by {@link RawMessageFetcher}); STARTTLS
     * required when asked for.
     */
    static Properties forProtocol(String protocol, boolean starttlsRequired) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty(prefix + "timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty(prefix + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
        if (protocol.startsWith("imap")) {
            properties.setProperty(prefix + "partialfetch", "true");
            properties.setProperty(prefix + "fetchsize", Integer.toString(1024 * 1024));
            properties.setProperty(prefix + "peek", "true");
        }
        if (protocol.equals("smtp") || protocol.equals("imap") || protocol.equals("pop3")) {
            // Plain connections only: TLS protocols keep their SSL socket factories.
            properties.put(prefix + "socketFactory", NoDelaySocketFactory.INSTANCE);
        }
        if (starttlsRequired) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        return properties;
    }
}
