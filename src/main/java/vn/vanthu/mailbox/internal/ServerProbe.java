package vn.vanthu.mailbox.internal;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailboxSettings;
import vn.vanthu.mailbox.SmtpSettings;

/**
 * Logs in to a mail server the way the routes do, with short timeouts, and says what it found. Opens nothing for
 * writing and moves no message.
 */
@Component
public class ServerProbe {

    static final int TIMEOUT_MILLIS = 10_000;

    /** What a probe found: whether the server answered and let us in, and what it said or what was there. */
    public record Finding(boolean ok, List<String> lines) {}

    /** Logs in to a mailbox and looks at its folders. */
    public Finding mailbox(MailboxSettings mailbox) {
        Properties properties =
                withShortTimeouts(MailSessions.forProtocol(mailbox.protocol(), false), mailbox.protocol());
        List<String> lines = new ArrayList<>();
        try (Store store = Session.getInstance(properties).getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            lines.add("Đăng nhập được " + mailbox.username() + " tại " + mailbox.host() + ":" + mailbox.port() + ".");
            boolean ok = true;
            for (String name : mailbox.folders()) {
                Folder folder = store.getFolder(name);
                if (folder.exists()) {
                    lines.add("Thư mục " + name + ": " + folder.getMessageCount() + " thư.");
                } else {
                    lines.add("Không có thư mục " + name + ".");
                    ok = false;
                }
            }
            if (mailbox.isImap()) {
                for (String name : List.of(mailbox.processedFolder(), mailbox.failedFolder())) {
                    lines.add(
                            store.getFolder(name).exists()
                                    ? "Thư mục " + name + " đã có."
                                    : "Thư mục " + name + " chưa có; sẽ được tạo khi cần.");
                }
            }
            return new Finding(ok, lines);
        } catch (MessagingException | RuntimeException e) {
            lines.add("Không kết nối được: " + reason(e));
            return new Finding(false, lines);
        }
    }

    /** Connects to the SMTP server (and logs in when it is configured to), then says goodbye. */
    public Finding smtp(SmtpSettings settings) {
        String protocol = settings.ssl() ? "smtps" : "smtp";
        Properties properties = withShortTimeouts(MailSessions.forProtocol(protocol, settings.starttls()), protocol);
        properties.setProperty("mail." + protocol + ".auth", Boolean.toString(settings.authenticates()));
        try (Transport transport = Session.getInstance(properties).getTransport(protocol)) {
            transport.connect(
                    settings.host(),
                    settings.port(),
                    settings.authenticates() ? settings.username() : null,
                    settings.authenticates() ? settings.password() : null);
            return new Finding(
                    true, List.of("Máy chủ SMTP " + settings.host() + ":" + settings.port() + " đã nhận kết nối."));
        } catch (MessagingException | RuntimeException e) {
            return new Finding(false, List.of("Không kết nối được máy chủ SMTP: " + reason(e)));
        }
    }

    private static Properties withShortTimeouts(Properties properties, String protocol) {
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty(prefix + "timeout", Integer.toString(TIMEOUT_MILLIS));
        return properties;
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cause == e || cause.getMessage() == null ? message : message + " (" + cause.getMessage() + ")";
    }
}
