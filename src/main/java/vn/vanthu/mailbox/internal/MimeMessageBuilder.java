package vn.vanthu.mailbox.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailProperties;
import vn.vanthu.mailbox.OutgoingAttachment;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.storage.BlobStore;

/** Builds the whole MIME message of an outbox row: headers, plain and HTML text, attachments. */
@Component
class MimeMessageBuilder {

    private final MailProperties properties;
    private final AttachmentCache attachments;
    private final Clock clock;

    MimeMessageBuilder(MailProperties properties, BlobStore blobs, Clock clock) {
        this.properties = properties;
        this.attachments = new AttachmentCache(blobs, 32L * 1024 * 1024);
        this.clock = clock;
    }

    MimeMessage build(Session session, String messageId, OutgoingMail mail) throws MessagingException, IOException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(gateway(null));
        message.setReplyTo(new InternetAddress[] {gateway(mail.replyToTag())});
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), false));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (!mail.references().isEmpty()) {
            message.setHeader("References", String.join(" ", mail.references()));
        }
        if (mail.readReceipt()) {
            message.setHeader("Disposition-Notification-To", properties.gatewayAddress());
        }
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.setContent(body(mail));
        message.saveChanges();
        return message;
    }

    private MimeMultipart body(OutgoingMail mail) throws MessagingException, IOException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        if (mail.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(alternative);
        mixed.addBodyPart(wrapper);
        for (OutgoingAttachment attachment : mail.attachments()) {
            mixed.addBodyPart(attachment(attachment));
        }
        return mixed;
    }

    private MimeBodyPart attachment(OutgoingAttachment attachment) throws MessagingException, IOException {
        // Encoded once per file, not once per recipient: a circular attaches the same PDF to every unit.
        MimeBodyPart part = new PreencodedMimeBodyPart("base64");
        var source = new ByteArrayDataSource(attachments.readEncoded(attachment.sha256()), attachment.mediaType());
        part.setDataHandler(new DataHandler(source));
        part.setFileName(attachment.fileName());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        // Said outright, or saving the message scans the whole encoded file to choose an encoding.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private InternetAddress gateway(String tag) throws UnsupportedEncodingException {
        String address = properties.gatewayAddress();
        if (tag != null) {
            int at = address.lastIndexOf('@');
            address = address.substring(0, at) + "+" + tag + address.substring(at);
        }
        return new InternetAddress(address, properties.gatewayName(), StandardCharsets.UTF_8.name());
    }

    /** A message that keeps the Message-ID recorded in the outbox instead of making a new one. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
