package vn.vanthu.mailbox;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.vanthu.mailbox.internal.ServerProbe;

/** The administrator's "test the connection": each configured mailbox and the SMTP server, tried now. */
@Service
public class MailServerCheck {

    /** What trying one server found. */
    public record Result(String server, boolean ok, List<String> lines) {}

    private final MailProperties properties;
    private final ServerProbe probe;

    public MailServerCheck(MailProperties properties, ServerProbe probe) {
        this.properties = properties;
        this.probe = probe;
    }

    /** Tries every mailbox in use and the SMTP server, one after the other. */
    public List<Result> checkAll() {
        List<Result> results = new ArrayList<>();
        for (MailboxSettings mailbox : properties.activeMailboxes()) {
            ServerProbe.Finding found = probe.mailbox(mailbox);
            results.add(new Result(mailbox.id(), found.ok(), found.lines()));
        }
        ServerProbe.Finding smtp = probe.smtp(properties.activeSmtp());
        results.add(new Result("SMTP", smtp.ok(), smtp.lines()));
        return results;
    }
}
