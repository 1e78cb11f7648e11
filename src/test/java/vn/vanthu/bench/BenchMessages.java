package vn.vanthu.bench;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;
import javax.net.SocketFactory;

/** What the raw programs of the benchmarks send: a delivery-shaped message, over a session like the gateway's. */
final class BenchMessages {

    private BenchMessages() {}

    static Session session(String host, int port) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.socketFactory", new NoDelay());
        return Session.getInstance(properties);
    }

    /** A message the shape of a delivery: text, HTML, the PDF and a small edXML file. */
    static MimeMessage delivery(Session session, String to, byte[] pdf, int n) throws Exception {
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
        mixed.addBodyPart(attachment("cong-van.pdf", "application/pdf", pdf));
        mixed.addBodyPart(attachment("01-PGD.edxml", "application/xml", new byte[2048]));
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart attachment(String name, String type, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
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
