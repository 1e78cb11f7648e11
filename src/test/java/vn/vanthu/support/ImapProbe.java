package vn.vanthu.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Looks into mailboxes over IMAP, as a mail client would. */
public final class ImapProbe {

    private final int port;

    public ImapProbe(int port) {
        this.port = port;
    }

    /** The first text/plain content of a message, decoded. */
    public static String text(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of messages in a folder, 0 when it does not exist; nothing is downloaded. */
    public int count(String user, String password, String folderName) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", port, user, password);
            Folder folder = store.getFolder(folderName);
            return folder.exists() ? folder.getMessageCount() : 0;
        } catch (MessagingException e) {
            throw new IllegalStateException("IMAP " + user + "/" + folderName + ": " + e.getMessage(), e);
        }
    }

    /** Copies of the messages in a folder, oldest first; empty when it does not exist. */
    public List<MimeMessage> messages(String user, String password, String folderName) {
        Properties properties = new Properties();
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, user, password);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                message.writeTo(raw);
                copies.add(new MimeMessage(session, new java.io.ByteArrayInputStream(raw.toByteArray())));
            }
            folder.close(false);
            return copies;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("IMAP " + user + "/" + folderName + ": " + e.getMessage(), e);
        }
    }
}
