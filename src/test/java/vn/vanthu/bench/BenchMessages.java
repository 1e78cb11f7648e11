package vn.vanthu.bench;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.net.SocketFactory;
import vn.vanthu.mime.MimeDefaults;

/** What the raw programs of the benchmarks send: a delivery-shaped message, over a session like the gateway's. */
final class BenchMessages {

    private BenchMessages() {}

    /**
     * Gives the benchmark's JVM the gateway's JVM-wide Jakarta Mail settings, the stream provider named among them:
     * unnamed, Jakarta Mail asks the ServiceLoader for it for every body part it creates, encodes and writes, which
     * took over half of the plain loop's CPU. Called first thing, before the raw programs run.
     */
    static void likeTheGateway() {
        MimeDefaults.install();
    }

    static Session session(String host, int port) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.socketFactory", new NoDelay());
        return Session.getInstance(properties);
    }

    /**
     * A file a delivery carries: its name, media type and bytes, and the bytes in base64, encoded once for all the
     * messages that carry it (as the gateway does), so that the loop is the leanest plain program, not a straw man.
     */
    record Attachment(String name, String mediaType, byte[] content, byte[] base64) {

        Attachment(String name, String mediaType, byte[] content) {
            this(name, mediaType, content, Base64.getMimeEncoder().encode(content));
        }
    }

    /**
     * A message the shape of a delivery: text, HTML and the circular's files (the document and its edXML, whose
     * header names every unit the circular goes to).
     */
    static MimeMessage delivery(Session session, String to, List<Attachment> files, int n) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("vanthu@gateway.e2e.test"));
        message.setReplyTo(new InternetAddress[] {new InternetAddress("vanthu+token" + n + "@gateway.e2e.test")});
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject("[VT-token" + n + "] Công văn số 01/PGD: tổ chức kỳ thi", "UTF-8");
        message.setHeader("Disposition-Notification-To", "vanthu@gateway.e2e.test");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi: Trường " + n + "\nPhòng GD&ĐT gửi văn bản số 01/PGD.", "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Kính gửi: Trường " + n + "</p><p>Phòng GD&amp;ĐT gửi văn bản số 01/PGD.</p>", "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (Attachment file : files) {
            mixed.addBodyPart(attachment(file));
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    /** How many bytes the message is on the wire. */
    static long size(MimeMessage message) throws Exception {
        var bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.size();
    }

    private static MimeBodyPart attachment(Attachment file) throws Exception {
        MimeBodyPart part = new PreencodedMimeBodyPart("base64");
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.base64(), file.mediaType())));
        part.setFileName(file.name());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** The raw programs get the same TCP_NODELAY as the gateway, so the comparison is of the work, not of Nagle. */
    private static final class NoDelay extends SocketFactory {

        private static Socket noDelay(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(new Socket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(new Socket(address, port, local, localPort));
        }
    }
}
