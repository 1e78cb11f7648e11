package vn.vanthu.bench;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.angus.mail.imap.IMAPFolder;
import vn.vanthu.e2e.RealServers;

/**
 * The minimal program the intake is measured against: fetch each letter over IMAP, read its PDF's text with PDFBox,
 * insert one row. Measured twice: over the same window as the gateway (from the first SMTP accept, the letters
 * submitted while it reads them, polling the mailbox every {@value #POLL_MILLIS} ms), and with the letters
 * delivered to its mailbox first, untimed (IMAP fetch to INSERT only).
 */
final class RawIntake {

    static final String MAILBOX = "raw@gateway.e2e.test";
    private static final long POLL_MILLIS = 100;

    private RawIntake() {}

    /** Letters per second, and CPU per letter of this program and of the machine. */
    record Result(double rate, CpuMeter.PerItem cpu) {}

    /** From the first SMTP accept to the last INSERT, the letters submitted (on another thread) as it reads. */
    static Result runFromSubmission(List<byte[]> letters, String database) throws Exception {
        prepare(database);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            Future<List<Instant>> accepted =
                    sender.submit(() -> IntakeLoad.submit(letters, 0, new InternetAddress(MAILBOX)));
            CpuMeter cpu = CpuMeter.startThread();
            Instant last = read(letters.size(), database);
            double seconds = GatewayBenchmark.seconds(accepted.get().get(0), last);
            return new Result(letters.size() / seconds, cpu.per(letters.size()));
        } finally {
            sender.shutdown();
        }
    }

    /** From the first IMAP fetch to the last INSERT, the letters already in the mailbox. */
    static Result runDelivered(List<byte[]> letters, String database) throws Exception {
        prepare(database);
        IntakeLoad.submit(letters, 0, new InternetAddress(MAILBOX));
        await().atMost(Duration.ofMinutes(5))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> count() >= letters.size());
        long start = System.nanoTime();
        CpuMeter cpu = CpuMeter.startThread();
        read(letters.size(), database);
        return new Result(letters.size() / ((System.nanoTime() - start) / 1e9), cpu.per(letters.size()));
    }

    private static void prepare(String database) throws Exception {
        RealServers.emptyInboxes(MAILBOX);
        try (Connection db = DriverManager.getConnection(database, RealServers.dbUser(), RealServers.dbPassword());
                Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS raw_letter (id SERIAL PRIMARY KEY, message_id TEXT, body TEXT)");
        }
    }

    /** Reads letters as they arrive until {@code expected} are in; returns when the last row was inserted. */
    private static Instant read(int expected, String database) throws Exception {
        try (Connection db = DriverManager.getConnection(database, RealServers.dbUser(), RealServers.dbPassword());
                Store store = Session.getInstance(imapProperties()).getStore("imap");
                PreparedStatement insert =
                        db.prepareStatement("INSERT INTO raw_letter (message_id, body) VALUES (?, ?)")) {
            store.connect("127.0.0.1", RealServers.IMAP_PORT, MAILBOX, RealServers.PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int done = 0;
            while (done < expected) {
                // NOOP makes the server report what arrived (a count alone may be a second old).
                ((IMAPFolder) inbox).doCommand(protocol -> {
                    protocol.noop();
                    return null;
                });
                int present = inbox.getMessageCount();
                for (; done < present && done < expected; done++) {
                    Message message = inbox.getMessage(done + 1);
                    insert.setString(1, ((MimeMessage) message).getMessageID());
                    insert.setString(2, text(message));
                    insert.executeUpdate();
                }
                if (done < expected) {
                    Thread.sleep(POLL_MILLIS);
                }
            }
            return Instant.now();
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
