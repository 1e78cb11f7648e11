package vn.vanthu.mailbox.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import vn.vanthu.mailbox.MailProperties;
import vn.vanthu.mailbox.SmtpSettings;

/**
 * One SMTP connection kept open across messages: a new connection per message measured 35× slower. It is
 * opened on first use, reopened when the server dropped it, and closed when the outbox is empty.
 */
class SmtpConnection {

    private final SmtpSettings settings;
    private final Session session;
    private static final long TRUSTED_NANOS = 2_000_000_000L;

    private Transport transport;
    private long lastAnswer = System.nanoTime() - TRUSTED_NANOS;

    SmtpConnection(MailProperties properties) {
        this.settings = properties.activeSmtp();
        String protocol = settings.ssl() ? "smtps" : "smtp";
        Properties sessionProperties = MailSessions.forProtocol(protocol, settings.starttls());
        sessionProperties.setProperty("mail.transport.protocol", protocol);
        sessionProperties.setProperty("mail." + protocol + ".host", settings.host());
        sessionProperties.setProperty("mail." + protocol + ".port", Integer.toString(settings.port()));
        sessionProperties.setProperty("mail." + protocol + ".auth", Boolean.toString(settings.authenticates()));
        sessionProperties.setProperty("mail." + protocol + ".from", properties.gatewayAddress());
        this.session = Session.getInstance(sessionProperties);
    }

    Session session() {
        return session;
    }

    /** Sends one message over the kept connection; throws what the server answered. */
    synchronized void send(MimeMessage message) throws MessagingException {
        Transport open = open();
        open.sendMessage(message, message.getRecipients(Message.RecipientType.TO));
        lastAnswer = System.nanoTime();
    }

    /** Closes the connection, if open. */
    synchronized void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Closing a connection the server already dropped: nothing left to do.
            }
            transport = null;
        }
    }

    private Transport open() throws MessagingException {
        // isConnected() asks the server (NOOP): not needed when it answered a message a moment ago. A connection
        // dropped since then fails the next send, which is retried like any connection error.
        if (transport != null && (System.nanoTime() - lastAnswer < TRUSTED_NANOS || transport.isConnected())) {
            return transport;
        }
        close();
        Transport fresh = session.getTransport();
        if (settings.authenticates()) {
            fresh.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            fresh.connect();
        }
        transport = fresh;
        return fresh;
    }
}
