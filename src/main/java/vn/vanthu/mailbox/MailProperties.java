package vn.vanthu.mailbox;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mail settings ({@code vanthu.mail.*}); the prefix follows the outside contract's {@code
 * VANTHU_MAIL_EMBEDDED}.
 *
 * @param embedded whether to start the embedded mail server (SMTP 127.0.0.1:3025, IMAP 127.0.0.1:3143) and use
 *     it; default {@code true}
 * @param embeddedSmtpPort the embedded SMTP port
 * @param embeddedImapPort the embedded IMAP port
 * @param embeddedPollInterval how often the gateway's embedded mailbox is looked at; default 2 seconds
 * @param gatewayAddress the gateway's own address: its mailbox, the From and Reply-To of what it sends
 * @param gatewayPassword the password of the gateway's mailbox on the embedded server
 * @param gatewayName the display name on mail the gateway sends
 * @param smtp the SMTP server for sending when the embedded one is off
 * @param mailboxes the mailboxes to take mail from when the embedded server is off
 * @param outbox how the outbox sends
 */
@ConfigurationProperties("vanthu.mail")
public record MailProperties(
        Boolean embedded,
        Integer embeddedSmtpPort,
        Integer embeddedImapPort,
        java.time.Duration embeddedPollInterval,
        String gatewayAddress,
        String gatewayPassword,
        String gatewayName,
        SmtpSettings smtp,
        List<MailboxSettings> mailboxes,
        OutboxSettings outbox) {

    public MailProperties {
        embedded = embedded == null || embedded;
        embeddedSmtpPort = embeddedSmtpPort == null ? 3025 : embeddedSmtpPort;
        embeddedImapPort = embeddedImapPort == null ? 3143 : embeddedImapPort;
        embeddedPollInterval = embeddedPollInterval == null ? java.time.Duration.ofSeconds(2) : embeddedPollInterval;
        gatewayAddress = (gatewayAddress == null ? "vanthu@localhost" : gatewayAddress).toLowerCase(Locale.ROOT);
        gatewayPassword = gatewayPassword == null ? "vanthu" : gatewayPassword;
        gatewayName = gatewayName == null ? "VanThu" : gatewayName;
        smtp = smtp == null ? new SmtpSettings(null, null, null, null, false, false) : smtp;
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        outbox = outbox == null ? new OutboxSettings(0, 0, 0, null, null, 0) : outbox;
    }

    /** The mailboxes to poll: the gateway's embedded mailbox when the embedded server runs, else the list. */
    public List<MailboxSettings> activeMailboxes() {
        if (!embedded) {
            return mailboxes;
        }
        MailboxSettings gateway = new MailboxSettings(
                "embedded",
                "imap",
                "127.0.0.1",
                embeddedImapPort,
                gatewayAddress,
                gatewayPassword,
                null,
                null,
                null,
                embeddedPollInterval,
                null,
                null);
        return List.of(gateway);
    }

    /** The SMTP server to send through: the embedded one when it runs. */
    public SmtpSettings activeSmtp() {
        return embedded ? new SmtpSettings("127.0.0.1", embeddedSmtpPort, null, null, false, false) : smtp;
    }

    /** The domain of the gateway's address, for Message-IDs. */
    public String gatewayDomain() {
        int at = gatewayAddress.lastIndexOf('@');
        return at < 0 ? "localhost" : gatewayAddress.substring(at + 1);
    }
}
