package vn.vanthu.bench;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.vanthu.e2e.RealServers;

/**
 * The minimal program the intake is measured against: fetch each letter over IMAP, read its PDF's text with PDFBox,
 * insert one row. The letters are delivered to its own mailbox first, untimed.
 */
final class RawIntake {

    static final String MAILBOX = "raw@gateway.e2e.test";

    private RawIntake() {}

    /** Letters per second, and CPU per letter of this program and of the machine. */
    record Result(double rate, CpuMeter.PerItem cpu) {}

    static Result run(List<byte[]> letters, String database) throws Exception {
        RealServers.emptyInboxes(MAILBOX);
        Session session = BenchMessages.session(RealServers.SMTP_HOST, RealServers.SMTP_PORT);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (byte[] raw : letters) {
                MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
                transport.sendMessage(
                        message, new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress(MAILBOX)});
            }
        }
        while (count() < letters.size()) {
            Thread.sleep(200);
        }
        try (Connection db = DriverManager.getConnection(database, RealServers.dbUser(), RealServers.dbPassword())) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute(
                        "CREATE TABLE IF NOT EXISTS raw_letter (id SERIAL PRIMARY KEY, message_id TEXT, body TEXT)");
            }
            long start = System.nanoTime();
            CpuMeter cpu = CpuMeter.start(ProcessHandle.current());
            try (Store store = Session.getInstance(imapProperties()).getStore("imap");
                    PreparedStatement insert =
                            db.prepareStatement("INSERT INTO raw_letter (message_id, body) VALUES (?, ?)")) {
                store.connect("127.0.0.1", RealServers.IMAP_PORT, MAILBOX, RealServers.PASSWORD);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message message : inbox.getMessages()) {
                    insert.setString(1, ((MimeMessage) message).getMessageID());
                    insert.setString(2, text(message));
                    insert.executeUpdate();
                }
            }
            return new Result(letters.size() / ((System.nanoTime() - start) / 1e9), cpu.per(letters.size()));
        }
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(part.getInputStream().readAllBytes())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static int count() throws Exception {
        try (Store store = Session.getInstance(imapProperties()).getStore("imap")) {
            store.connect("127.0.0.1", RealServers.IMAP_PORT, MAILBOX, RealServers.PASSWORD);
            return store.getFolder("INBOX").getMessageCount();
        }
    }

    private static Properties imapProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.partialfetch", "true");
        properties.setProperty("mail.imap.fetchsize", Integer.toString(1024 * 1024));
        return properties;
    }
}
