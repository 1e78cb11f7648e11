package vn.vanthu.support;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Builds and sends test mail through a real SMTP conversation with the embedded server. */
public final class TestMail {

    private final Session session;
    private final MimeMessage message;
    private final MimeMultipart mixed = new MimeMultipart("mixed");
    private final MimeBodyPart text = new MimeBodyPart();
    private boolean ready;

    private TestMail(int smtpPort) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        this.session = Session.getInstance(properties);
        this.message = new MimeMessage(session);
    }

    public static TestMail to(int smtpPort, String from, String to, String subject) {
        TestMail mail = new TestMail(smtpPort);
        try {
            mail.message.setFrom(new InternetAddress(from));
            mail.message.setRecipients(Message.RecipientType.TO, to);
            mail.message.setSubject(subject, StandardCharsets.UTF_8.name());
            mail.text.setText("Kính gửi Quý cơ quan,\nXin gửi văn bản đính kèm.\nTrân trọng.", "UTF-8");
            mail.mixed.addBodyPart(mail.text);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return mail;
    }

    /** Replaces the text of the message. */
    public TestMail text(String body) {
        try {
            text.setText(body, "UTF-8");
            return this;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestMail attach(String fileName, String mediaType, byte[] content) {
        try {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, mediaType)));
            part.setFileName(fileName);
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
            return this;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestMail header(String name, String value) {
        try {
            message.setHeader(name, value);
            return this;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the message and returns its Message-ID. */
    public String send() {
        try {
            MimeMessage ready = ready();
            Transport.send(ready);
            return ready.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw bytes of the message, for sending the very same bytes twice. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ready().writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes as they are, with an SMTP envelope. */
    public static void sendRaw(int smtpPort, String from, String to, byte[] raw) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        properties.setProperty("mail.smtp.from", from);
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session, new java.io.ByteArrayInputStream(raw)) {
                @Override
                protected void updateMessageID() {
                    // Keep the bytes' own Message-ID (or none).
                }

                @Override
                public void saveChanges() {
                    // Send the bytes exactly as given.
                }
            };
            Transport.send(message, new InternetAddress[] {new InternetAddress(to)});
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage ready() throws MessagingException {
        if (!ready) {
            message.setContent(mixed);
            message.saveChanges();
            ready = true;
        }
        return message;
    }
}
