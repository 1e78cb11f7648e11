package vn.vanthu.mailbox;

/**
 * The SMTP server the gateway sends through ({@code vanthu.mail.smtp.*}).
 *
 * @param host the server; empty means the embedded server
 * @param port the port; default 587 (25 when neither TLS mode is on)
 * @param username the login, or empty for none
 * @param password the secret
 * @param starttls whether to require STARTTLS
 * @param ssl whether to connect with TLS from the start (port 465)
 */
public record SmtpSettings(String host, Integer port, String username, String password, boolean starttls, boolean ssl) {

    public SmtpSettings {
        host = host == null ? "" : host.trim();
        port = port == null ? (ssl ? 465 : starttls ? 587 : 25) : port;
    }

    /** Whether a host is configured. */
    public boolean isConfigured() {
        return !host.isEmpty();
    }

    /** Whether to log in. */
    public boolean authenticates() {
        return username != null && !username.isBlank();
    }
}
